let () = Scanf.scanf " %d %d" (fun a b -> print_string (a + b))
