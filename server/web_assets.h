// The editor's page (server/web/), compiled into the binary by
// embed_web.cmake: nothing is read from disk to serve it.
#pragma once

#include <string>
#include <string_view>

namespace kinmap::server {

/// The content of web/NAME ("index.html", "editor.js"); null when there is
/// no such file. Names are matched exactly: no paths, so nothing outside the
/// page can be reached through it.
const std::string* web_asset(std::string_view name);

}  // namespace kinmap::server
