#include "base/owner.h"
#include "base/file_io.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

TEST(Owner, OwnTokenIsLive) {
  const std::string& token = base::owner_token();
  EXPECT_EQ(token.rfind(std::to_string(::getpid()) + "-", 0), 0u) << token;
  EXPECT_FALSE(base::is_stale_owner(token + "-3"));
}

std::string own_namespace() {
  const std::string& token = base::owner_token();
  return token.substr(token.rfind('-') + 1);
}

TEST(Owner, DeadOrReusedOwnerIsStale) {
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  EXPECT_TRUE(base::is_stale_owner(std::to_string(child) + "-12345-" + own_namespace() + "-0"));
  // Our pid with another start time: the pid was reused.
  EXPECT_TRUE(base::is_stale_owner(std::to_string(::getpid()) + "-1-" + own_namespace() + "-0"));
}

TEST(Owner, OwnersInAnotherPidNamespaceAreNeverStale) {
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  EXPECT_FALSE(base::is_stale_owner(std::to_string(child) + "-12345-1-0"));
}

TEST(Owner, ForeignNamesAreNeverStale) {
  for (const char* name :
       {"supervisor", "process_api", "user.slice", "123", "123-", "x-1-2", "-5-6", "1-2"})
    EXPECT_FALSE(base::is_stale_owner(name)) << name;
}

}  // namespace

TEST(Owner, StatFieldsSkipACommandNameWithSpacesAndParentheses) {
  auto fields = base::stat_fields_after_comm("42 (a) b (c) S 1 2 3\n");
  ASSERT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields[0], "S");
  EXPECT_EQ(fields[3], "3");
  EXPECT_TRUE(base::stat_fields_after_comm("42 no parenthesis").empty());
}
