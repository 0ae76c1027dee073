fn main() {
    let a: i64 = "1";  // a &str is not an i64
    println!("{}", a);
}
