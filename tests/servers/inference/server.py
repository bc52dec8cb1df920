#!/usr/bin/env python3
"""A loopback stand-in for one LLM serving runtime (Python standard library only).

    python3 server.py --runtime ollama|vllm|tgi|llamacpp [--port 0] [--knobs JSON]

Binds 127.0.0.1 (a free port unless --port) and prints "PORT <n>" once it listens. Speaks what
the runtime sends on the wire, from tests/data/deploy/inference (copied from
../shared/reference/inference; see tests/data/MANIFEST.md):

  ollama    GET|HEAD /  "Ollama is running"; GET /api/version, /api/tags, /api/ps (the reference
            objects, compact as Go writes them); POST /api/pull (NDJSON progress with the code's
            wording: "pulling <12 hex>", "removing unused layers"); POST /api/generate (the
            reference NDJSON stream byte for byte, or the mid-stream error one); POST /api/chat
            (NDJSON in the reference chunk/final shape); unknown model: 404
            {"error":"model '<name>' not found"}.
  vllm      GET /health 200 empty; GET /v1/models; POST /v1/chat/completions SSE "data: {…}\\n\\n"
            chunks ending "data: [DONE]\\n\\n" (no verbatim vLLM capture exists: shapes from
            vLLM's protocol.py, field order as pydantic writes it); 404 nested error body
            (v0.10.1+) or the flat one with knob vllmFlatErrors.
  tgi       GET /health 200 empty, or 503 {"error":"unhealthy","error_type":"healthcheck"} with
            knob unhealthy; POST /v1/chat/completions: the 39 reference chunks (knob reference)
            or generated ones of the same shape, field order of TGI's serde structs, optional
            usage chunk (choices: []), "data: [DONE]"; POST /generate_stream "data:{…}" (no
            space, as TGI's docs show) with no [DONE]; errors {"error":…,"error_type":…}.
  llamacpp  GET /health, /v1/health: 503 {"error":{"code":503,"message":"Loading model",
            "type":"unavailable_error"}} while loading (knob loadingSeconds after start), then 200
            {"status":"ok"}, compact as nlohmann's dump() writes them (sorted keys); chat SSE with
            sorted keys; errors {"error":{"code","message","type"}}.

Knobs (--knobs or POST /_knobs with a JSON object; GET /_last returns the last request):
  tokensPerSecond  pace of the token chunks (0: as fast as possible)
  answer           text of the answer (split into word tokens); tokens: repeat to this many
  stallAfter       after N token chunks send nothing more, keep the connection open (stallSeconds)
  resetAfter       after N token chunks reset the connection (RST)
  malformedAfter   after N token chunks send one chunk that is not JSON, then go on
  errorAfter       after N token chunks send the runtime's in-stream error and end
  truncateAfter    after N token chunks end the response cleanly without the end marker
  splitWrites      write every chunk one byte at a time (chunk boundaries anywhere)
  knownModels      list of model names that exist (default: any)
  loadingSeconds   llamacpp: /health says "Loading model" for this long after start
  unhealthy        tgi: /health answers 503
  reference        answer with the reference stream itself where one exists
  stampTokens      every token is " <CLOCK_MONOTONIC ns>" taken just before its chunk is written
                   (the streaming benchmark's clock; same host, same clock as the reader)
"""
import argparse
import json
import os
import socket
import struct
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data", "deploy", "inference")
START = time.monotonic()
LOCK = threading.Lock()
KNOBS = {}
LAST = {}
RUNTIME = None

DEFAULT_ANSWER = "The sky is blue because air molecules scatter blue sunlight more than red light."


def ref_bytes(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()


def ref_json(name):
    return json.loads(ref_bytes(name))


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def sorted_compact(obj):
    """nlohmann::json (llama.cpp) keeps object keys in a std::map: sorted."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()


def knob(name, default=None):
    with LOCK:
        return KNOBS.get(name, default)


STAMP = b"@@STAMP@@"


def tokens():
    if knob("stampTokens"):
        return [" " + STAMP.decode()] * int(knob("tokens") or 100)
    answer = knob("answer", DEFAULT_ANSWER)
    words = answer.split(" ")
    pieces = [words[0]] + [" " + w for w in words[1:]]
    count = knob("tokens")
    if count:
        pieces = [pieces[i % len(pieces)] for i in range(int(count))]
    return pieces


def go_time():
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%06dZ" % int((t % 1) * 1e6)


class Stop(Exception):
    pass


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def version_string(self):
        return "inference-test"

    def log_message(self, *args):
        pass

    def finish(self):
        try:
            super().finish()
        except OSError:
            pass  # a connection this handler reset on purpose

    # -- plumbing ---------------------------------------------------------------------------

    def body_json(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        with LOCK:
            LAST.clear()
            LAST.update({"method": self.command, "path": self.path,
                         "headers": {k: v for k, v in self.headers.items()},
                         "body": raw.decode("utf-8", "replace")})
        try:
            return json.loads(raw) if raw else {}
        except ValueError:
            return None

    def send_fixed(self, code, body, ctype="application/json; charset=utf-8", head=False):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def start_stream(self, ctype):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Transfer-Encoding", "chunked")
        if ctype.startswith("text/event-stream"):
            self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.flush()

    def chunk(self, data):
        if STAMP in data:
            data = data.replace(STAMP, str(time.monotonic_ns()).encode())
        if knob("splitWrites"):
            for i in range(len(data)):
                self.wfile.write(b"1\r\n" + data[i:i + 1] + b"\r\n")
                self.wfile.flush()
        else:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

    def end_stream(self):
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def reset(self):
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True
        raise Stop()

    def stall(self):
        self.wfile.flush()
        deadline = time.monotonic() + float(knob("stallSeconds", 30))
        while time.monotonic() < deadline:
            time.sleep(0.05)
        self.connection.close()
        self.close_connection = True
        raise Stop()

    def stream_tokens(self, framed_tokens, malformed, error, end):
        """framed_tokens: list of already framed token chunks. Applies the knobs between them."""
        tps = float(knob("tokensPerSecond", 0) or 0)
        for i, data in enumerate(framed_tokens):
            for name, action in (("stallAfter", self.stall), ("resetAfter", self.reset)):
                if knob(name) is not None and i == int(knob(name)):
                    action()
            if knob("malformedAfter") is not None and i == int(knob("malformedAfter")):
                self.chunk(malformed)
            if knob("errorAfter") is not None and i == int(knob("errorAfter")):
                self.chunk(error)
                self.end_stream()
                return
            if knob("truncateAfter") is not None and i == int(knob("truncateAfter")):
                self.end_stream()
                return
            if tps > 0 and i > 0:
                time.sleep(1.0 / tps)
            self.chunk(data)
        n = len(framed_tokens)
        for name, action in (("stallAfter", self.stall), ("resetAfter", self.reset)):
            if knob(name) is not None and int(knob(name)) >= n:
                action()
        for piece in end:
            self.chunk(piece)
        self.end_stream()

    def model_known(self, model):
        known = knob("knownModels")
        return known is None or model in known

    # -- dispatch ---------------------------------------------------------------------------

    def do_HEAD(self):
        if RUNTIME == "ollama" and self.path in ("/", "/api/version"):
            body = ref_bytes("ollama_root-GET-slash.body.txt") if self.path == "/" else b""
            return self.send_fixed(200, body, "text/plain; charset=utf-8", head=True)
        self.send_fixed(404, b"", None, head=True)

    def do_GET(self):
        try:
            if self.path == "/_last":
                with LOCK:
                    return self.send_fixed(200, compact(LAST))
            getattr(self, "get_" + RUNTIME)()
        except (Stop, BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def do_POST(self):
        try:
            if self.path == "/_knobs":
                knobs = self.body_json() or {}
                with LOCK:
                    KNOBS.clear()
                    KNOBS.update(knobs)
                return self.send_fixed(200, b"{}")
            getattr(self, "post_" + RUNTIME)()
        except (Stop, BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def not_found(self):
        self.send_fixed(404, b"404 page not found", "text/plain")

    # -- Ollama -----------------------------------------------------------------------------

    def get_ollama(self):
        if self.path == "/":
            return self.send_fixed(200, ref_bytes("ollama_root-GET-slash.body.txt"),
                                   "text/plain; charset=utf-8")
        files = {"/api/version": "ollama_api-version.json", "/api/tags": "ollama_api-tags.json",
                 "/api/ps": "ollama_api-ps.json"}
        if self.path in files:
            return self.send_fixed(200, compact(ref_json(files[self.path])))
        self.not_found()

    def ollama_missing(self, model):
        self.send_fixed(404, compact({"error": "model '%s' not found" % model}))

    def post_ollama(self):
        req = self.body_json()
        if req is None:
            return self.send_fixed(400, compact({"error": "invalid character in request body"}))
        model = req.get("model", "")
        stream = req.get("stream", True)
        if self.path == "/api/pull":
            return self.ollama_pull(model)
        if self.path not in ("/api/chat", "/api/generate"):
            return self.not_found()
        if not self.model_known(model):
            return self.ollama_missing(model)
        if self.path == "/api/generate":
            if not stream:
                return self.send_fixed(200, ref_bytes("ollama_api-generate_nostream.json.txt"))
            name = ("ollama_api-generate_stream_midstream-error.ndjson.txt" if knob("errorAfter") is not None
                    else "ollama_api-generate_stream.ndjson.txt")
            lines = ref_bytes(name).splitlines(keepends=True)
            self.start_stream("application/x-ndjson")
            tps = float(knob("tokensPerSecond", 0) or 0)
            for i, line in enumerate(lines):
                if tps > 0 and i > 0:
                    time.sleep(1.0 / tps)
                self.chunk(line)
            return self.end_stream()
        if knob("reference"):
            chunk = ref_json("ollama_api-chat_stream_chunk.pretty.json")
            final = ref_json("ollama_api-chat_stream_final.pretty.json")
            self.start_stream("application/x-ndjson")
            self.chunk(compact(chunk) + b"\n")
            self.chunk(compact(final) + b"\n")
            return self.end_stream()
        pieces = tokens()
        framed = [compact({"model": model, "created_at": go_time(),
                           "message": {"role": "assistant", "content": p, "images": None},
                           "done": False}) + b"\n" for p in pieces]
        n = len(pieces)
        final = compact({"model": model, "created_at": go_time(),
                         "message": {"role": "assistant", "content": ""}, "done": True,
                         "total_duration": 4883583458, "load_duration": 1334875, "prompt_eval_count": 26,
                         "prompt_eval_duration": 342546000, "eval_count": n,
                         "eval_duration": 16000000 * n}) + b"\n"
        error = b'{"error":"an error was encountered while running the model"}\n'
        malformed = b'{"model":"' + model.encode() + b'","message":{"role":"assistant","content":"oo\n'
        self.start_stream("application/x-ndjson")
        self.stream_tokens(framed, malformed, error, [final])

    def ollama_pull(self, model):
        if not self.model_known(model):
            self.start_stream("application/x-ndjson")
            self.chunk(b'{"status":"pulling manifest"}\n')
            self.chunk(compact({"error": "pull model manifest: file does not exist"}) + b"\n")
            return self.end_stream()
        digest = "sha256:" + uuid.uuid5(uuid.NAMESPACE_URL, model).hex * 2
        total = 2142590208
        self.start_stream("application/x-ndjson")
        self.chunk(b'{"status":"pulling manifest"}\n')
        for completed in (241970, total // 2, total):
            self.chunk(compact({"status": "pulling " + digest[7:19], "digest": digest, "total": total,
                                "completed": completed}) + b"\n")
        for status in ("verifying sha256 digest", "writing manifest", "removing unused layers", "success"):
            self.chunk(compact({"status": status}) + b"\n")
        self.end_stream()

    # -- OpenAI-compatible runtimes -------------------------------------------------------------

    def get_vllm(self):
        if self.path == "/health":
            return self.send_fixed(200, b"", None)
        if self.path == "/v1/models":
            model = knob("servedModel", "meta-llama/Llama-3.1-8B-Instruct")
            return self.send_fixed(200, compact({"object": "list", "data": [
                {"id": model, "object": "model", "created": int(time.time()), "owned_by": "vllm",
                 "root": model, "parent": None, "max_model_len": 8192, "permission": []}]}))
        self.send_fixed(404, compact({"detail": "Not Found"}))

    def get_tgi(self):
        if self.path == "/health":
            if knob("unhealthy"):
                return self.send_fixed(503, compact({"error": "unhealthy", "error_type": "healthcheck"}))
            return self.send_fixed(200, b"", None)
        if self.path == "/v1/models":
            model = knob("servedModel", "meta-llama/Llama-3.1-8B-Instruct")
            return self.send_fixed(200, compact({"data": [{"id": model, "object": "model", "created": 0,
                                                           "owned_by": model}]}))
        self.send_fixed(404, b"", None)

    def get_llamacpp(self):
        if self.path in ("/health", "/v1/health"):
            if time.monotonic() - START < float(knob("loadingSeconds", 0) or 0):
                return self.send_fixed(503, sorted_compact(ref_json("llamacpp_health_503_loading.readme-body.json")))
            return self.send_fixed(200, sorted_compact(ref_json("llamacpp_health_200_ok.readme-body.json")))
        if self.path == "/v1/models":
            model = knob("servedModel", "model.gguf")
            return self.send_fixed(200, sorted_compact({"object": "list", "data": [
                {"id": model, "object": "model", "created": int(time.time()), "owned_by": "llamacpp"}]}))
        self.send_fixed(404, sorted_compact({"error": {"code": 404, "message": "File Not Found",
                                                       "type": "not_found_error"}}))

    def openai_missing(self, model):
        if RUNTIME == "vllm":
            message = "The model `%s` does not exist." % model
            if knob("vllmFlatErrors"):
                body = {"object": "error", "message": message, "type": "NotFoundError", "param": None,
                        "code": 404}
            else:
                body = {"error": {"message": message, "type": "NotFoundError", "param": None, "code": 404}}
            return self.send_fixed(404, compact(body))
        if RUNTIME == "tgi":
            return self.send_fixed(422, compact({"error": "Model %s not found" % model,
                                                 "error_type": "validation"}))
        self.send_fixed(404, sorted_compact({"error": {"code": 404, "message": "model '%s' not found" % model,
                                                       "type": "not_found_error"}}))

    def sse(self, obj, space=True):
        payload = sorted_compact(obj) if RUNTIME == "llamacpp" else compact(obj)
        return (b"data: " if space else b"data:") + payload + b"\n\n"

    def post_vllm(self):
        self.post_openai()

    def post_tgi(self):
        if self.path == "/generate_stream":
            return self.tgi_generate_stream()
        self.post_openai()

    def post_llamacpp(self):
        self.post_openai()

    def post_openai(self):
        req = self.body_json()
        if self.path != "/v1/chat/completions":
            return self.not_found()
        if req is None:
            return self.send_fixed(400, compact({"error": {"message": "invalid JSON", "type": "invalid_request_error"}}))
        model = req.get("model", "")
        if not self.model_known(model):
            return self.openai_missing(model)
        usage_wanted = bool((req.get("stream_options") or {}).get("include_usage"))
        ctype = "text/event-stream; charset=utf-8" if RUNTIME == "vllm" else "text/event-stream"
        if RUNTIME == "tgi" and knob("reference"):
            chunks = ref_json("tgi_v1-chat-completions_stream_raw-json-chunks.snapshot.json")
            self.start_stream(ctype)
            for c in chunks:
                self.chunk(self.sse(self.tgi_order(c)))
            self.chunk(b"data: [DONE]\n\n")
            return self.end_stream()
        pieces = tokens()
        created = int(time.time())
        cid = "chatcmpl-" + uuid.uuid4().hex
        framed = [self.sse(self.openai_chunk(model, cid, created, p, None, first=(i == 0)))
                  for i, p in enumerate(pieces)]
        end = [self.sse(self.openai_chunk(model, cid, created, "", "stop"))]
        if usage_wanted:
            end.append(self.sse(self.openai_usage(model, cid, created, len(pieces))))
        end.append(b"data: [DONE]\n\n")
        malformed = b'data: {"choices":[{"delta":{"content":"oo\n\n'
        self.start_stream(ctype)
        self.stream_tokens(framed, malformed, self.openai_stream_error(), end)

    def openai_stream_error(self):
        if RUNTIME == "tgi":
            return self.sse({"error": "Request failed during generation: Server error: CUDA out of memory",
                             "error_type": "generation"})
        if RUNTIME == "llamacpp":
            return self.sse({"error": {"code": 500, "message": "failed to decode the batch",
                                       "type": "server_error"}})
        return self.sse({"error": {"message": "EngineCore encountered an issue.", "type": "InternalServerError",
                                   "param": None, "code": 500}})

    def openai_chunk(self, model, cid, created, piece, finish, first=False):
        if RUNTIME == "tgi":
            return {"id": "", "object": "chat.completion.chunk", "created": created, "model": model,
                    "system_fingerprint": "3.2.1-dev0-native",
                    "choices": [{"index": 0, "delta": {"role": "assistant", "content": piece}, "logprobs": None,
                                 "finish_reason": finish}], "usage": None}
        if RUNTIME == "llamacpp":
            delta = {"content": piece} if finish is None else {}
            if first:
                delta["role"] = "assistant"
            return {"choices": [{"delta": delta, "finish_reason": finish, "index": 0}], "created": created,
                    "id": cid, "model": model, "object": "chat.completion.chunk",
                    "system_fingerprint": "b6000-00dc8057"}
        delta = {"role": "assistant", "content": piece} if first else {"content": piece}
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        if finish is not None:
            choice["stop_reason"] = None
        return {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [choice]}

    def openai_usage(self, model, cid, created, n):
        usage = {"prompt_tokens": 39, "completion_tokens": n, "total_tokens": 39 + n}
        if RUNTIME == "tgi":
            return {"id": "", "object": "chat.completion.chunk", "created": created, "model": model,
                    "system_fingerprint": "3.2.1-dev0-native", "choices": [], "usage": usage}
        if RUNTIME == "llamacpp":
            return {"choices": [], "created": created, "id": cid, "model": model,
                    "object": "chat.completion.chunk", "system_fingerprint": "b6000-00dc8057", "usage": usage}
        return {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model, "choices": [],
                "usage": {"prompt_tokens": 39, "total_tokens": 39 + n, "completion_tokens": n}}

    @staticmethod
    def tgi_order(c):
        """The snapshot's keys are sorted; TGI's serde structs write id, object, created, model,
        system_fingerprint, choices, usage and index, delta, logprobs, finish_reason."""
        choices = [{"index": ch["index"], "delta": {"role": ch["delta"]["role"], "content": ch["delta"]["content"]},
                    "logprobs": ch["logprobs"], "finish_reason": ch["finish_reason"]} for ch in c["choices"]]
        return {"id": c["id"], "object": c["object"], "created": c["created"], "model": c["model"],
                "system_fingerprint": c["system_fingerprint"], "choices": choices, "usage": c["usage"]}

    def tgi_generate_stream(self):
        self.body_json()
        pieces = tokens()
        framed = []
        for i, p in enumerate(pieces):
            last = i == len(pieces) - 1
            framed.append(self.sse({"index": i + 1, "token": {"id": 1000 + i, "text": p, "logprob": -0.5,
                                                               "special": False},
                                    "generated_text": "".join(pieces) if last else None,
                                    "details": {"finish_reason": "length", "generated_tokens": len(pieces),
                                                "seed": None} if last else None}, space=False))
        self.start_stream("text/event-stream")
        self.stream_tokens(framed, b"data:{\"index\":\n\n",
                           self.sse({"error": "Request failed during generation", "error_type": "generation"},
                                    space=False), [])


def main():
    global RUNTIME
    parser = argparse.ArgumentParser()
    parser.add_argument("--runtime", required=True, choices=["ollama", "vllm", "tgi", "llamacpp"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--knobs", default="{}")
    args = parser.parse_args()
    RUNTIME = args.runtime
    KNOBS.update(json.loads(args.knobs))
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
