package main

import "fmt"

func main() {
	var a int64 = "1" // a string is not an int64
	fmt.Println(a)
}
