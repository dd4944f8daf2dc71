// The man pages and the bash completion, written from the same CLI11
// declaration the command line runs on, so that neither is kept by hand
// beside --help (issue 18). Built once at build time by kinmap_man_pages.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace kinmap {

struct ManPage {
  std::string file_name;  ///< "kinmap.1", "kinmap-render.1"
  std::string text;       ///< roff (man(7) macros)
};

/// kinmap(1) and one page per command of `app` (kinmap-COMMAND(1)); a
/// command's own subcommands (caseload index) are sections of its page.
/// `date` is the page's date (the source's, for a reproducible package).
std::vector<ManPage> man_pages(const CLI::App& app, const std::string& version,
                               const std::string& date);

/// A bash completion script for `app`: commands, each command's options,
/// and the values of options that take one of a fixed list.
std::string bash_completion(const CLI::App& app);

}  // namespace kinmap
