// kinmap_man_pages OUT_FOLDER VERSION DATE: writes kinmap.1, kinmap-COMMAND.1
// and the bash completion (kinmap.bash) from kinmap's own command line.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/man_pages.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: kinmap_man_pages OUT_FOLDER VERSION DATE\n";
    return 2;
  }
  const std::string folder = argv[1];
  std::istringstream in;
  std::ostringstream out, err;
  kinmap::CommandContext context{in, out, err};
  const kinmap::CommandLine line = kinmap::declare_command_line(context);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream file(folder + "/" + name, std::ios::binary);
    file << text;
    if (!file.flush()) {
      std::cerr << "kinmap_man_pages: cannot write " << folder << "/" << name << "\n";
      std::exit(4);
    }
  };
  for (const kinmap::ManPage& page : kinmap::man_pages(*line.app, argv[2], argv[3]))
    write(page.file_name, page.text);
  write("kinmap.bash", kinmap::bash_completion(*line.app));
  return 0;
}
