// Tests for `hearsay train` (tools/hearsay/train_command.cc) on tiny corpora
// written here -- never on real data -- and for how extract reports a broken
// model.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;
  std::string err;
};

class TrainCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hearsay_train_cli_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  RunResult Run(const std::string& args, const std::string& env = "") {
    const std::string err = (dir_ / "stderr.txt").string();
    const std::string cmd = env + " " + HEARSAY_BINARY + " " + args + " </dev/null >/dev/null 2>" + err;
    const int raw = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    std::ifstream f(err, std::ios::binary);
    r.err.assign(std::istreambuf_iterator<char>(f), {});
    return r;
  }
  static std::string Bytes(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
  }

  fs::path dir_;
};

// Three sentences of CoNLL-U, repeated: enough to learn from in a second.
std::string TinyConllu() {
  const std::string block =
      "# text = The dog barks.\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
      "3\tbarks\tbark\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
      "\n"
      "# text = A cat sleeps.\n"
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
      "3\tsleeps\tsleep\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
      "\n";
  std::string out;
  for (int i = 0; i < 20; ++i) out += block;
  return out;
}

TEST_F(TrainCliTest, TrainsAPosModelAndPrintsEachEpoch) {
  const std::string train = Write("train.conllu", TinyConllu());
  const std::string out = (dir_ / "pos.model").string();
  RunResult r = Run("train pos --train " + train + " --dev " + train + " --out " + out + " --epochs 2");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("epoch 1/2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("epoch 2/2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dev accuracy 100.00%"), std::string::npos) << r.err;
  EXPECT_EQ(Bytes(out).substr(0, 8), "HSYMODEL");
}

TEST_F(TrainCliTest, SameCommandGivesTheSameFile) {
  const std::string train = Write("train.conllu", TinyConllu());
  const std::string out = (dir_ / "pos.model").string();
  const std::string args = "train pos --train " + train + " --dev " + train + " --out " + out + " --epochs 2";
  ASSERT_EQ(Run(args).status, 0);
  const std::string first = Bytes(out);
  ASSERT_EQ(Run(args).status, 0);
  EXPECT_EQ(Bytes(out), first);
}

TEST_F(TrainCliTest, MissingTrainingFileIsExitTwoWithItsName) {
  RunResult r = Run("train pos --train " + (dir_ / "nope.conllu").string() + " --dev x --out y");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("nope.conllu"), std::string::npos) << r.err;
}

TEST_F(TrainCliTest, MalformedCorpusNamesTheLine) {
  const std::string bad = Write("bad.conllu", "1\tThe\tthe\n");
  RunResult r = Run("train pos --train " + bad + " --dev " + bad + " --out " + (dir_ / "m").string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("bad.conllu:1"), std::string::npos) << r.err;
}

TEST_F(TrainCliTest, ExtractRefusesACorruptModelNamingIt) {
  const std::string models = std::string(HEARSAY_SOURCE_DIR) + "/models";
  for (const char* f : {"pos.model", "ner.model", "gazetteer.tsv", "word_clusters.tsv", "word_lexicon.tsv"}) {
    fs::copy_file(models + "/" + f, dir_ / f, fs::copy_options::overwrite_existing);
  }
  std::string pos = Bytes((dir_ / "pos.model").string());
  pos[pos.size() / 2] ^= 0x55;
  Write("pos.model", pos);
  const std::string text = Write("a.txt", "Officials said so.");
  RunResult r = Run("extract --format json " + text, "HEARSAY_MODEL_DIR=" + dir_.string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("pos.model"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("checksum"), std::string::npos) << r.err;
}

}  // namespace
