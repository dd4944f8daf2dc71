#include "caseload/names.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "caseload/nickname_data.h"  // generated from nicknames.txt

namespace kinmap::caseload {
namespace {

/// One transliterator per thread: ICU's are not safe to share while in use.
icu::Transliterator& transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !made)
      throw std::runtime_error(std::string("ICU transliterator unavailable: ") +
                               u_errorName(status));
    return made;
  }();
  return *t;
}

const std::unordered_map<std::string, std::string>& nickname_groups() {
  static const std::unordered_map<std::string, std::string> groups = [] {
    std::unordered_map<std::string, std::string> out;
    std::istringstream lines{std::string(kNicknameData)};
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream words(line);
      std::string canonical, word;
      words >> canonical;
      out.emplace(canonical, canonical);
      while (words >> word) out.emplace(word, canonical);  // first group wins
    }
    return out;
  }();
  return groups;
}

}  // namespace

std::string fold_name(std::string_view name) {
  bool ascii = true;
  for (unsigned char ch : name) ascii = ascii && ch < 0x80;
  std::string folded;
  if (ascii) {
    folded.assign(name);
  } else {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    transliterator().transliterate(text);
    text.toUTF8String(folded);
  }
  std::string out;
  out.reserve(folded.size());
  for (char ch : folded) {
    const char lower = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    if (lower >= 'a' && lower <= 'z') {
      out.push_back(lower);
    } else if (lower == '\'' || lower == '`' || lower == '.') {
      // O'Brien, D'Souza, St.John: one word
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');  // spaces, hyphens, anything else separates words
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

NormalisedName split_name(std::string_view folded) {
  NormalisedName n;
  const auto first_space = folded.find(' ');
  n.forename = std::string(folded.substr(0, first_space));
  if (first_space != std::string_view::npos)
    n.surname = std::string(folded.substr(folded.rfind(' ') + 1));
  return n;
}

std::string soundex(std::string_view word) {
  if (word.empty()) return {};
  //                         abcdefghijklmnopqrstuvwxyz
  static constexpr char kCode[] = "01230120022455012623010202";
  auto code = [](char ch) { return (ch >= 'a' && ch <= 'z') ? kCode[ch - 'a'] : '0'; };
  std::string out(1, static_cast<char>(word[0] - 'a' + 'A'));
  char last = code(word[0]);
  for (std::size_t i = 1; i < word.size() && out.size() < 4; ++i) {
    const char ch = word[i];
    const char c = code(ch);
    if (ch == 'h' || ch == 'w') continue;  // do not separate equal codes
    if (c != '0' && c != last) out.push_back(c);
    last = c;  // a vowel separates equal codes
  }
  out.resize(4, '0');
  return out;
}

std::string forename_group(std::string_view folded) {
  const auto& groups = nickname_groups();
  const auto it = groups.find(std::string(folded));
  return it == groups.end() ? std::string(folded) : it->second;
}

}  // namespace kinmap::caseload
