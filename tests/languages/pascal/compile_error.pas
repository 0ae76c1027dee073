program AplusB;
var
  a: int64;
begin
  a := 'one';  { a string is not an int64 }
  writeln(a);
end.
