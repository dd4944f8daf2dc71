// kinmap check CASE.json: validate, list every problem, summarise on success.
#include <limits>
#include <ostream>

#include "command.h"
#include "family_graph.h"

namespace kinmap {

CommandAction declare_check(CLI::App& app, CommandContext& context) {
  auto path = std::make_shared<std::string>();
  app.add_option("CASE", *path, "case file to check (- reads standard input)")->required();
  app.footer(
      "Examples:\n"
      "  kinmap check examples/three_households.json\n"
      "  kinmap check - < case.json\n\n"
      "Every problem is listed as FILE:LINE:COL (for JSON syntax) or FILE: /json/pointer,\n"
      "with what was expected. Exit code 0 when the file is valid, 1 when it is not.");
  return [path, &context]() {
    auto owned = std::make_unique<const FamilyGraph>(read_case_file(
        *path, context, RiskModel::builtin(), std::numeric_limits<std::size_t>::max()));
    const FamilyGraph& family = *owned;
    const Case& c = family.case_data();
    std::size_t adults = 0;
    for (auto v : family.vertices())
      if (family.is_adult(v)) ++adults;
    auto count = [](std::size_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    context.out << *path << ": ok: " << count(c.people.size(), "person", "people") << " ("
                << count(adults, "adult", "adults") << ", "
                << count(c.people.size() - adults, "child", "children") << "), "
                << count(c.households.size(), "household", "households") << ", "
                << count(c.relationships.size(), "relationship", "relationships") << "\n";
    leave_to_exit(context, owned);
    return 0;
  };
}

}  // namespace kinmap
