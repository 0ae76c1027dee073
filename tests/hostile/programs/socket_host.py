# hostile: Python connects to the host's loopback listener, and to outside addresses; the box's network
# namespace has only its own lo, where nothing listens
# verdict: AC
import socket
for host, port in [("127.0.0.1", @HOST_PORT@), ("localhost", @HOST_PORT@), ("8.8.8.8", 53), ("1.1.1.1", 80)]:
    try:
        socket.create_connection((host, port), timeout=0.5).close()
        print("LEAK", host, port)
        raise SystemExit(0)
    except OSError:
        pass
a, b = map(int, input().split())
print(a + b)
