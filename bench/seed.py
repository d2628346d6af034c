"""Seeds products p-0000001..p-N into a running Atrium through its API, over one keep-alive connection per worker."""
import http.client
import json
import sys
import threading

host, port, rows, token, workers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], 4


def work(start):
    connection = http.client.HTTPConnection(host, port)
    for i in range(start, rows + 1, workers):
        body = json.dumps({"id": "p-%07d" % i, "name": "Product %d" % i, "number": "N-%d" % i,
                           "isActive": True, "price": 9.99, "description": "seeded"})
        connection.request("POST", "/api/v1/Product", body, {"Content-Type": "application/json", "Authorization-Token": token})
        response = connection.getresponse()
        response.read()
        if response.status not in (200, 409):
            raise SystemExit("seeding failed at %d: %d" % (i, response.status))


threads = [threading.Thread(target=work, args=(1 + w,)) for w in range(workers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
