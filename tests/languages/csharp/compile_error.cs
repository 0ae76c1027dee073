using System;

class Program {
  static void Main() {
    long a = "not a number";
    Console.WriteLine(a);
  }
}
