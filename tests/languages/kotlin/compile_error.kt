fun main() {
    val a: Long = "1" // a String is not a Long
    println(a)
}
