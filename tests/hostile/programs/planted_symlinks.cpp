// hostile: plants symbolic links (and a FIFO) in /box and /tmp under names a judge might read back after a
// run (output, main, core, *.out...), pointing at /etc/shadow, the answer and the judge. The judge reads
// back nothing from a test's box, and the box's tmpfs is gone before anything could follow them.
// verdict: AC
// unchanged: /etc/shadow
// unchanged: @ANSWER_PATH@
#include <sys/stat.h>
#include <unistd.h>

#include <iostream>
#include <string>

int main() {
  const char* targets[] = {"/etc/shadow", "@ANSWER_PATH@", "@JUDGE_BINARY@", "@INPUT_PATH@", "/proc/1/root/etc/shadow"};
  const char* names[] = {"output", "output.txt", "main", "main.out", "a.out", "1.out", "core", "stdout", "stderr",
                         "answer", "result", "source", "main.cpp", "report.json"};
  int n = 0;
  for (std::string dir : {"/box/", "/tmp/"})
    for (const char* name : names) symlink(targets[n++ % 5], (dir + name).c_str());
  mkfifo("/box/out", 0666);
  long a, b;
  std::cin >> a >> b;
  std::cout << a + b << "\n";
}
