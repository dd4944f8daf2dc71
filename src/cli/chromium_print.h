// `kinmap report -o X.pdf`: the conference page printed by headless
// Chromium, the browser the page is designed and tested for (its print CSS
// sets A4, the marking on every page). kinmap does not link a browser; it
// runs one that is installed, so PDF output is there when Chromium is.
#pragma once

#include <optional>
#include <string>

namespace kinmap {

/// The Chromium to print with: $KINMAP_CHROMIUM when set (empty: none), else
/// chromium, chromium-browser, google-chrome or google-chrome-stable on PATH.
std::optional<std::string> find_chromium();

/// The PDF Chromium at `chromium` prints of the self-contained HTML page
/// `html`. Throws OutputError (naming `output`) when it fails or takes longer
/// than `timeout_seconds`; writes nothing outside its own temporary folder.
std::string print_page_to_pdf(const std::string& chromium, const std::string& html,
                              const std::string& output, int timeout_seconds = 120);

}  // namespace kinmap
