// What each relationship word of a case-management system means in kinmap:
// "Mother" makes the related person the parent, "Step-son" the step child,
// "Ex-partner" an ended partnership. The table is data
// (relationship_words.json, compiled in); a council adds its own words with
// `kinmap import --map FILE`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "relationship.h"

namespace kinmap {

/// Which end of the kinmap relationship the row's related person is.
enum class RelatedEnd { from, to, either };

struct RelationshipWord {
  std::string word;      ///< as the table spells it ("Mother's partner")
  Relationship meaning;  ///< type and kind/status/form/label/note; ends empty
  RelatedEnd related = RelatedEnd::from;
};

class RelationshipWords {
 public:
  /// The built-in table.
  static RelationshipWords builtin();

  /// Adds (or replaces, by word) the entries of a table in the same JSON
  /// shape; throws UsageError naming `file` and the entry that is wrong.
  void extend(std::string_view json_text, const std::string& file);

  /// The entry for `word`, ignoring case, spaces, hyphens and apostrophes.
  const RelationshipWord* find(std::string_view word) const;

  /// The table word nearest to `typed`, for "did you mean".
  std::optional<std::string> nearest(std::string_view typed) const;

  static std::string normalise(std::string_view word);

 private:
  std::vector<RelationshipWord> words_;
};

}  // namespace kinmap
