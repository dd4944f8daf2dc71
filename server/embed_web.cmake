# Writes OUTPUT, a C++ file holding each file of WEB_DIR (server/web/) as a raw
# string, looked up by file name (web_assets.h). Run by CMake at build time,
# so the page ships inside the binary with no build step of its own.
file(GLOB FILES ${WEB_DIR}/*)
list(SORT FILES)
set(delimiter "kinmap_web")
set(body "")
foreach(file IN LISTS FILES)
  get_filename_component(name ${file} NAME)
  file(READ ${file} content)
  string(FIND "${content}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains )${delimiter}\", which ends the embedded string")
  endif()
  string(APPEND body "    {\"${name}\", R\"${delimiter}(${content})${delimiter}\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
"// Generated from server/web/ by server/embed_web.cmake; do not edit.
#include \"web_assets.h\"

#include <map>
#include <string>

namespace kinmap::server {

const std::string* web_asset(std::string_view name) {
  static const std::map<std::string, std::string, std::less<>> assets = {
${body}  };
  const auto found = assets.find(name);
  return found == assets.end() ? nullptr : &found->second;
}

}  // namespace kinmap::server
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
