"""The loopback LLM runtime stand-in (tests/servers/inference/server.py) against the reference
bytes it must reproduce (tests/data/deploy/inference, copied from ../shared/reference/inference):
byte-identical where the reference is a wire capture, the same object in the same key order and
compact where the reference is a pretty-printed document of what the server writes on one line."""

import http.client
import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "servers", "inference", "server.py")
DATA = os.path.join(HERE, "..", "data", "deploy", "inference")
SERVERS = {}


def setUpModule():
    for runtime in ("ollama", "vllm", "tgi", "llamacpp"):
        proc = subprocess.Popen([sys.executable, "-u", SERVER, "--runtime", runtime, "--knobs",
                                 json.dumps({"loadingSeconds": 3600} if runtime == "llamacpp" else {})],
                                stdout=subprocess.PIPE, text=True)
        line = proc.stdout.readline()
        assert line.startswith("PORT "), line
        SERVERS[runtime] = (proc, int(line.split()[1]))


def tearDownModule():
    for proc, _ in SERVERS.values():
        proc.kill()  # by this child's PID only
        proc.wait(10)


def ref(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()


def compact_ref(name):
    return json.dumps(json.loads(ref(name)), separators=(",", ":"), ensure_ascii=False).encode()


def request(runtime, method, path, body=None, knobs=None):
    port = SERVERS[runtime][1]
    if knobs is not None:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c.request("POST", "/_knobs", json.dumps(knobs))
        c.getresponse().read()
        c.close()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request(method, path, json.dumps(body) if body is not None else None)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, r.getheader("Content-Type"), data


class Ollama(unittest.TestCase):
    def test_root_and_version(self):
        self.assertEqual(request("ollama", "GET", "/"), (200, "text/plain; charset=utf-8",
                                                         ref("ollama_root-GET-slash.body.txt")))
        self.assertEqual(request("ollama", "GET", "/api/version")[2], compact_ref("ollama_api-version.json"))

    def test_tags_and_ps_are_the_reference_objects(self):
        for path, name in (("/api/tags", "ollama_api-tags.json"), ("/api/ps", "ollama_api-ps.json")):
            status, ctype, body = request("ollama", "GET", path)
            self.assertEqual((status, ctype), (200, "application/json; charset=utf-8"))
            self.assertEqual(body, compact_ref(name))

    def test_generate_stream_is_byte_identical(self):
        status, ctype, body = request("ollama", "POST", "/api/generate", {"model": "gemma4", "prompt": "hi"}, {})
        self.assertEqual((status, ctype), (200, "application/x-ndjson"))
        self.assertEqual(body, ref("ollama_api-generate_stream.ndjson.txt"))
        _, _, body = request("ollama", "POST", "/api/generate", {"model": "gemma4", "prompt": "hi"}, {"errorAfter": 0})
        self.assertEqual(body, ref("ollama_api-generate_stream_midstream-error.ndjson.txt"))
        _, ctype, body = request("ollama", "POST", "/api/generate",
                                 {"model": "gemma4", "prompt": "hi", "stream": False}, {})
        self.assertEqual(body, ref("ollama_api-generate_nostream.json.txt"))

    def test_chat_reference_chunk_and_final(self):
        _, _, body = request("ollama", "POST", "/api/chat", {"model": "llama3.2", "messages": []}, {"reference": True})
        self.assertEqual(body, compact_ref("ollama_api-chat_stream_chunk.pretty.json") + b"\n" +
                         compact_ref("ollama_api-chat_stream_final.pretty.json") + b"\n")

    def test_generated_chat_has_the_reference_shape(self):
        _, _, body = request("ollama", "POST", "/api/chat", {"model": "llama3.2", "messages": []}, {})
        lines = [json.loads(line) for line in body.splitlines()]
        chunk_ref = json.loads(ref("ollama_api-chat_stream_chunk.pretty.json"))
        final_ref = json.loads(ref("ollama_api-chat_stream_final.pretty.json"))
        for line in lines[:-1]:
            self.assertEqual(list(line), list(chunk_ref))
            self.assertEqual(list(line["message"]), list(chunk_ref["message"]))
        self.assertEqual(list(lines[-1]), list(final_ref))
        self.assertEqual(lines[-1]["eval_count"], len(lines) - 1)

    def test_pull_progress_uses_the_code_wording(self):
        _, _, body = request("ollama", "POST", "/api/pull", {"model": "llama3.2"}, {})
        statuses = [json.loads(line)["status"] for line in body.splitlines()]
        self.assertEqual(statuses[0], "pulling manifest")
        self.assertRegex(statuses[1], r"^pulling [0-9a-f]{12}$")  # digest[7:19], not "pulling <digest>"
        self.assertEqual(statuses[-4:], ["verifying sha256 digest", "writing manifest", "removing unused layers",
                                         "success"])
        downloading = json.loads(body.splitlines()[1])
        self.assertEqual(list(downloading), list(json.loads(ref("ollama_api-pull_2_downloading.pretty.json"))))

    def test_unknown_model(self):
        status, _, body = request("ollama", "POST", "/api/chat", {"model": "nope", "messages": []},
                                  {"knownModels": ["llama3.2"]})
        self.assertEqual((status, body), (404, b'{"error":"model \'nope\' not found"}'))


class LlamaCpp(unittest.TestCase):
    def test_health_while_loading_and_ready(self):
        status, _, body = request("llamacpp", "GET", "/health", knobs={"loadingSeconds": 3600})
        self.assertEqual(status, 503)
        self.assertEqual(json.loads(body), json.loads(ref("llamacpp_health_503_loading.readme-body.json")))
        self.assertEqual(body, b'{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}')
        status, _, body = request("llamacpp", "GET", "/v1/health", knobs={})
        self.assertEqual((status, body), (200, b'{"status":"ok"}'))
        self.assertEqual(json.loads(body), json.loads(ref("llamacpp_health_200_ok.readme-body.json")))

    def test_sse_keys_are_sorted_as_nlohmann_writes_them(self):
        _, ctype, body = request("llamacpp", "POST", "/v1/chat/completions", {"model": "m", "messages": []}, {})
        self.assertEqual(ctype, "text/event-stream")
        events = body.split(b"\n\n")
        self.assertEqual(events[-2], b"data: [DONE]")
        for event in events[:-2]:
            self.assertTrue(event.startswith(b"data: {"))
            obj = json.loads(event[6:])
            self.assertEqual(list(obj), sorted(obj))


class Tgi(unittest.TestCase):
    def test_health(self):
        self.assertEqual(request("tgi", "GET", "/health", knobs={}), (200, None, b""))
        self.assertEqual(request("tgi", "GET", "/health", knobs={"unhealthy": True})[::2],
                         (503, b'{"error":"unhealthy","error_type":"healthcheck"}'))

    def test_reference_chunks_replayed(self):
        _, _, body = request("tgi", "POST", "/v1/chat/completions", {"model": "m", "messages": []}, {"reference": True})
        events = body.split(b"\n\n")
        self.assertEqual(events[-2:], [b"data: [DONE]", b""])
        chunks = [json.loads(e[len(b"data: "):]) for e in events[:-2]]
        self.assertEqual(chunks, json.loads(ref("tgi_v1-chat-completions_stream_raw-json-chunks.snapshot.json")))
        self.assertEqual(list(chunks[0]), ["id", "object", "created", "model", "system_fingerprint", "choices",
                                           "usage"])

    def test_usage_chunk_shape(self):
        _, _, body = request("tgi", "POST", "/v1/chat/completions",
                             {"model": "m", "messages": [], "stream_options": {"include_usage": True}}, {})
        last = json.loads(body.split(b"\n\n")[-3][len(b"data: "):])
        expected = json.loads(ref("tgi_v1-chat-completions_stream_usage.snapshot-hfhub-client.json"))[-1]
        self.assertEqual(last["choices"], [])
        self.assertEqual(sorted(last), sorted(expected))
        self.assertEqual(sorted(last["usage"]), sorted(expected["usage"]))

    def test_generate_stream_has_no_done_and_no_space(self):
        _, _, body = request("tgi", "POST", "/generate_stream", {"inputs": "hi"}, {})
        events = [e for e in body.split(b"\n\n") if e]
        self.assertTrue(all(e.startswith(b"data:{") for e in events))
        doc = ref("tgi_generate_stream_sse-line.doc-comment.txt").strip()[2:]
        self.assertEqual(list(json.loads(events[-1][5:])), list(json.loads(doc[5:])))
        self.assertNotIn(b"[DONE]", body)


class Vllm(unittest.TestCase):
    def test_health_and_errors(self):
        self.assertEqual(request("vllm", "GET", "/health", knobs={}), (200, None, b""))
        status, _, body = request("vllm", "POST", "/v1/chat/completions", {"model": "x", "messages": []},
                                  {"knownModels": ["y"]})
        self.assertEqual(status, 404)
        self.assertEqual(json.loads(body), {"error": {"message": "The model `x` does not exist.",
                                                      "type": "NotFoundError", "param": None, "code": 404}})
        _, _, body = request("vllm", "POST", "/v1/chat/completions", {"model": "x", "messages": []},
                             {"knownModels": ["y"], "vllmFlatErrors": True})
        self.assertEqual(json.loads(body)["object"], "error")

    def test_stream_ends_with_done(self):
        _, ctype, body = request("vllm", "POST", "/v1/chat/completions", {"model": "m", "messages": []}, {})
        self.assertEqual(ctype, "text/event-stream; charset=utf-8")
        self.assertTrue(body.endswith(b"data: [DONE]\n\n"))


if __name__ == "__main__":
    unittest.main()
