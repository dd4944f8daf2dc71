// Who may talk to kinmap serve: each rule of access_guard.h alone.
#include "access_guard.h"

#include <gtest/gtest.h>

#include <set>

namespace kinmap::server {
namespace {

TEST(AccessGuard, SecretsAre128BitsOfHexAndNeverRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string secret = new_secret();
    EXPECT_EQ(secret.size(), 32u);
    EXPECT_EQ(secret.find_first_not_of("0123456789abcdef"), std::string::npos);
    seen.insert(secret);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(AccessGuard, SecretsCompareWhole) {
  EXPECT_TRUE(secrets_equal("abc", "abc"));
  EXPECT_FALSE(secrets_equal("abc", "abd"));
  EXPECT_FALSE(secrets_equal("abc", "ab"));
  EXPECT_FALSE(secrets_equal("", "a"));
}

TEST(AccessGuard, OnlyTheLoopbackNameAndThisPortAreAHost) {
  EXPECT_TRUE(host_allowed("127.0.0.1:8123", 8123));
  EXPECT_TRUE(host_allowed("localhost:8123", 8123));
  EXPECT_FALSE(host_allowed("127.0.0.1:8124", 8123));
  EXPECT_FALSE(host_allowed("127.0.0.1", 8123));
  EXPECT_FALSE(host_allowed("evil.example:8123", 8123));
  EXPECT_FALSE(host_allowed("localhost.evil.example:8123", 8123));
  EXPECT_FALSE(host_allowed("", 8123));
}

TEST(AccessGuard, OnlyThePagesOwnOriginMayWrite) {
  EXPECT_TRUE(origin_allowed("http://127.0.0.1:8123", 8123));
  EXPECT_TRUE(origin_allowed("http://localhost:8123", 8123));
  EXPECT_FALSE(origin_allowed("https://127.0.0.1:8123", 8123));
  EXPECT_FALSE(origin_allowed("http://evil.example", 8123));
  EXPECT_FALSE(origin_allowed("null", 8123));
  EXPECT_FALSE(origin_allowed("", 8123));
}

TEST(AccessGuard, TheCookieIsFoundByItsPortsName) {
  EXPECT_EQ(cookie_value("a=1; kinmap_8123=secret; b=2", "kinmap_8123"), "secret");
  EXPECT_EQ(cookie_value("kinmap_81234=other", "kinmap_8123"), "");
  EXPECT_EQ(cookie_value("", "kinmap_8123"), "");
  const std::string cookie = session_cookie(8123, "secret");
  EXPECT_NE(cookie.find("kinmap_8123=secret"), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
}

}  // namespace
}  // namespace kinmap::server
