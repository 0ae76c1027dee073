(* OCaml's int has 63 bits: the sums, up to 2 * 10^18, fit. *)
let () = Scanf.scanf " %d %d" (fun a b -> Printf.printf "%d\n" (a + b))
