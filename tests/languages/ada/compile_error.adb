with Ada.Text_IO;

procedure Main is
   A : Long_Long_Integer := "one";
begin
   Ada.Text_IO.Put_Line (Long_Long_Integer'Image (A));
end Main;
