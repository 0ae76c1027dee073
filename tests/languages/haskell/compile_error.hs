main :: IO ()
main = print (1 + "two" :: Integer)
