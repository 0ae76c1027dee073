// The worker's pure parts: Redis URLs, job parsing, backoff.
#include <gtest/gtest.h>

#include "judge/worker/backoff.h"
#include "judge/worker/job.h"
#include "judge/worker/redis_url.h"

namespace judge::worker {
namespace {

TEST(RedisUrl, TcpWithUserPasswordAndDatabase) {
  RedisAddress a = parse_redis_url("redis://judge:s3cret@redis.example:6380/2");
  EXPECT_EQ(a.host, "redis.example");
  EXPECT_EQ(a.port, 6380);
  EXPECT_EQ(a.user, "judge");
  EXPECT_EQ(a.password, "s3cret");
  EXPECT_EQ(a.db, 2);
  EXPECT_EQ(a.redacted(), "redis://judge:***@redis.example:6380/2");
}

TEST(RedisUrl, TcpDefaultsAndPasswordAlone) {
  RedisAddress a = parse_redis_url("redis://:pw@127.0.0.1");
  EXPECT_EQ(a.host, "127.0.0.1");
  EXPECT_EQ(a.port, 6379);
  EXPECT_EQ(a.user, "");
  EXPECT_EQ(a.password, "pw");
  EXPECT_EQ(a.db, 0);
  EXPECT_EQ(a.redacted(), "redis://***@127.0.0.1:6379");
}

TEST(RedisUrl, UnixSocketWithDatabaseAndPassword) {
  RedisAddress a = parse_redis_url("unix://:pw@/run/redis/redis.sock?db=3");
  EXPECT_EQ(a.socket, "/run/redis/redis.sock");
  EXPECT_EQ(a.password, "pw");
  EXPECT_EQ(a.db, 3);
  EXPECT_EQ(a.redacted(), "unix://***@/run/redis/redis.sock?db=3");
}

TEST(RedisUrl, BadFormsAreRefusedWithoutThePassword) {
  for (const char* url :
       {"http://x", "redis://", "redis://h:99999", "redis://h:1/x", "unix://relative.sock",
        "unix:///s.sock?x=1", "redis://u:topsecret@h:port",
        // Without "@host" the password reads as a port (security review of 2026-11-30).
        "redis://:topsecret", "redis://u:topsecret", "unix://:topsecret@/s.sock?db=topsecret"}) {
    try {
      parse_redis_url(url);
      ADD_FAILURE() << url;
    } catch (const std::invalid_argument& e) {
      EXPECT_EQ(std::string(e.what()).find("topsecret"), std::string::npos) << url;
    }
  }
}

StreamEntry entry(const std::string& job) {
  return StreamEntry{"1-0", {{"job", job}}};
}

TEST(JobParse, AValidJob) {
  Job job = parse_job(entry(R"({"id":"a1","problem":"aplusb","language":"c","source":"int main(){}",
                                "version":"v","options":{"fail_fast":true}})"),
                      1024);
  EXPECT_EQ(job.error, "");
  EXPECT_EQ(job.id, "a1");
  EXPECT_EQ(job.problem, "aplusb");
  EXPECT_EQ(job.language, "c");
  EXPECT_EQ(job.version, "v");
  EXPECT_TRUE(job.fail_fast);
  EXPECT_EQ(job.key(), "job:a1");
}

TEST(JobParse, ErrorsSayWhichField) {
  EXPECT_EQ(parse_job(entry(R"({"id":"a","problem":"p","language":"c"})"), 10).error,
            "job: missing field 'source'");
  EXPECT_EQ(parse_job(entry(R"({"id":"a","problem":"p","language":1,"source":""})"), 10).error,
            "job: field 'language' must be a string");
  EXPECT_EQ(parse_job(entry(R"({"id":"a","problem":"a/b","language":"c","source":""})"), 10).error,
            "job: problem name 'a/b' is not 1 to 64 of letters, digits, '_' and '-'");
  EXPECT_EQ(
      parse_job(entry(R"({"id":"a","problem":"p","language":"c","source":"12345678901"})"), 10)
          .error,
      "job: source is 11 bytes, over the limit of 10");
  EXPECT_EQ(
      parse_job(
          entry(R"({"id":"a","problem":"p","language":"c","source":"","options":{"fail_fast":1}})"),
          10)
          .error,
      "job: field 'options.fail_fast' must be true or false");
  Job bad_id = parse_job(entry(R"({"id":"../x","problem":"p","language":"c","source":""})"), 10);
  EXPECT_EQ(bad_id.error, "job: field 'id' must be 1 to 128 of letters, digits and ._:-");
  EXPECT_EQ(bad_id.key(), "entry:1-0");
  EXPECT_EQ(parse_job(entry("[1]"), 10).error, "job: the 'job' field is not a JSON object");
  EXPECT_EQ(parse_job(StreamEntry{"1-0", {}}, 10).error,
            "job: the stream entry has no 'job' field");
}

// Bounded before parsing (a DOM costs tens of bytes per byte), and the fields a result echoes.
TEST(JobParse, SizeAndEchoedFieldsAreBounded) {
  std::string nested(6 * 10 + 64 * 1024 + 1, '[');
  EXPECT_EQ(parse_job(entry(nested), 10).error,
            "job: the 'job' field is " + std::to_string(nested.size()) +
                " bytes, over the limit of 6 x --max-source + 64KiB");
  EXPECT_EQ(parse_job(entry(R"({"id":"a","problem":"p","language":"c<b>","source":""})"), 10).error,
            "job: field 'language' must be 1 to 64 of letters, digits and _-+.");
  EXPECT_EQ(
      parse_job(entry(R"({"id":"a","problem":"p","language":"c","version":"x y","source":""})"), 10)
          .error,
      "job: field 'version' must be 1 to 128 letters and digits");
  EXPECT_EQ(parse_job(entry(R"({"id":"a","problem":"p\u0000","language":"c","source":""})"), 10)
                .error.rfind("job: problem name", 0),
            0u);
}

TEST(JobParse, SafeNames) {
  EXPECT_TRUE(safe_problem_name("a_b-C9"));
  for (const char* bad : {"", "..", "a/b", "a.b", "a b", "\xc3\xa9"})
    EXPECT_FALSE(safe_problem_name(bad)) << bad;
  EXPECT_FALSE(safe_problem_name(std::string(65, 'a')));
  EXPECT_TRUE(safe_job_id("2026-11-29:a.b_c"));
  EXPECT_FALSE(safe_job_id("a/b"));
}

TEST(Backoff, DoublesWithinTheUpperHalfUpToTheCap) {
  Backoff b(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
  const long long ceilings[] = {100, 200, 400, 400, 400};
  for (long long ceiling : ceilings) {
    long long wait = b.next().count();
    EXPECT_GE(wait, ceiling / 2);
    EXPECT_LE(wait, ceiling);
  }
  b.reset();
  EXPECT_LE(b.next().count(), 100);
}

}  // namespace
}  // namespace judge::worker
