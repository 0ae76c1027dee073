program aplusb
  implicit none
  integer(kind=8) :: a
  a = 'one'
  write (*, '(I0)') a
end program aplusb
