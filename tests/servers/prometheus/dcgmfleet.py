"""A simulated fleet of GPU nodes as NVIDIA dcgm-exporter reports it (Python standard library only).

One model serves two consumers, so history and live data agree at the seam:
  - generate_history.py writes its past as OpenMetrics for `promtool tsdb create-blocks-from
    openmetrics` (backfill before Prometheus starts);
  - exporter.py serves its present as a /metrics scrape that Prometheus scrapes.

Label sets follow dcgm-exporter (internal/pkg/rendermetrics/render_metrics.go): gpu, UUID,
[pci_bus_id], device, modelName, [GPU_I_PROFILE, GPU_I_ID], Hostname|hostname, then attributes
(DCGM_FI_DRIVER_VERSION) and, in Kubernetes mode, container/namespace/pod. Released exporters
spell the host label `Hostname`; newer ones `hostname` (and add pci_bus_id): node "a" is the
former, node "b" the latter. Empty pod labels are left out, as Prometheus drops empty labels on
ingestion. `instance` and `job` are the labels Prometheus adds at scrape time; the fixture's
scrape config sets the same `instance`, so backfilled and live series are the same series.

Facts for MIG (see ../../data/dcgm/MANIFEST entries): a GPU in MIG mode is reported only through
its GPU instances (no series for the parent), DCGM_FI_DEV_GPU_UTIL and MEM_COPY_UTIL are absent
for them (DCGM_FI_PROF_GR_ENGINE_ACTIVE is there), temperature, power and clocks are the parent
GPU's, and frame-buffer metrics may be missing for a GPU instance (here: the 1g.10gb one).

All values are pure functions of (entity, time), so any process can compute them.
"""

import math

# Metric name -> help text (dcgm-exporter's default-counters.csv / dcp-metrics-included.csv).
HELP = {
    "DCGM_FI_DEV_SM_CLOCK": "SM clock frequency (in MHz).",
    "DCGM_FI_DEV_GPU_TEMP": "GPU temperature (in C).",
    "DCGM_FI_DEV_POWER_USAGE": "Power draw (in W).",
    "DCGM_FI_DEV_GPU_UTIL": "GPU utilization (in %).",
    "DCGM_FI_DEV_MEM_COPY_UTIL": "Memory utilization (in %).",
    "DCGM_FI_DEV_XID_ERRORS": "Value of the last XID error encountered.",
    "DCGM_FI_DEV_FB_FREE": "Framebuffer memory free (in MiB).",
    "DCGM_FI_DEV_FB_USED": "Framebuffer memory used (in MiB).",
    "DCGM_FI_DEV_FB_RESERVED": "Framebuffer memory reserved (in MiB).",
    "DCGM_FI_DEV_POWER_VIOLATION": "Throttling duration due to power constraints (in ns).",
    "DCGM_FI_DEV_THERMAL_VIOLATION": "Throttling duration due to thermal constraints (in ns).",
    "DCGM_FI_PROF_GR_ENGINE_ACTIVE": "Ratio of time the graphics engine is active.",
    "DCGM_FI_PROF_PIPE_TENSOR_ACTIVE": "Ratio of cycles the tensor (HMMA) pipe is active.",
}
TYPES = {"DCGM_FI_DEV_POWER_VIOLATION": "counter", "DCGM_FI_DEV_THERMAL_VIOLATION": "counter"}

# The metrics generated for the CI scenario, in exporter order.
CI_METRICS = list(HELP)
# The bench needs only what the fleet view and a node page query.
BENCH_METRICS = ["DCGM_FI_DEV_SM_CLOCK", "DCGM_FI_DEV_GPU_TEMP", "DCGM_FI_DEV_POWER_USAGE",
                 "DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_FB_FREE", "DCGM_FI_DEV_FB_USED",
                 "DCGM_FI_DEV_FB_RESERVED",
                 "DCGM_FI_PROF_GR_ENGINE_ACTIVE"]

MODELS = {
    # name: (frame buffer MiB, idle W, board power W, max SM clock MHz)
    "NVIDIA A100-SXM4-80GB": (81920, 62.0, 400.0, 1410),
    "NVIDIA H100 80GB HBM3": (81559, 72.0, 700.0, 1980),
}
MIG_FB = {"1g.10gb": 9728, "2g.20gb": 19968, "3g.40gb": 40192, "4g.40gb": 40192, "7g.80gb": 81152}
MIG_SLICES = {"1g.10gb": 1, "2g.20gb": 2, "3g.40gb": 3, "4g.40gb": 4, "7g.80gb": 7}
RESERVED_MIB = 567  # DCGM_FI_DEV_FB_RESERVED on an 80 GB board: used + free = total - reserved


def _noise(seed, t):
    """Deterministic noise in [0, 1) from an integer seed and a time in seconds."""
    h = (seed * 2654435761 + int(t) * 40503 + 12345) & 0xFFFFFFFF
    h ^= h >> 15
    h = (h * 2246822519) & 0xFFFFFFFF
    h ^= h >> 13
    return (h % 100000) / 100000.0


class Entity:
    """One GPU, or one MIG GPU instance, as dcgm-exporter labels it."""

    def __init__(self, node, gpu, mig_profile=None, mig_id=None):
        self.node, self.gpu = node, gpu
        self.mig_profile, self.mig_id = mig_profile, mig_id
        self.seed = node.seed * 100 + gpu * 10 + (mig_id or 0)
        self.uuid = "GPU-%08x-%04x-%04x-%04x-%012x" % (
            (0x5f3a0000 + node.seed * 97 + gpu * 7919) & 0xFFFFFFFF, (gpu * 4099 + node.seed) & 0xFFFF,
            0x4000 | ((gpu * 31) & 0x0FFF), 0x8000 | ((node.seed * 131 + gpu) & 0x0FFF),
            (node.seed * 1000003 + gpu * 7) & 0xFFFFFFFFFFFF)
        self.workload = "idle"  # idle | serving | training | notebook | allocated-idle
        self.pods = []  # (since_seconds_before_end or None, namespace, pod, container)
        model_fb = MODELS[node.model][0]
        self.fb_total = MIG_FB[mig_profile] if mig_profile else model_fb - RESERVED_MIB
        self.fb_fraction = None  # fixed share of the frame buffer used, else from the workload
        self.hot_windows = []  # (start, end) in seconds before the end of history
        self.power_spikes = []
        self.xids = []  # (seconds before end, duration s, code)
        self.nan_power = []  # (start, end) before end: POWER_USAGE is NaN (DCGM blank → NaN)
        self.has_fb = True
        # A cooling problem that began this many seconds before the end of history and is still
        # going (live: the alert fires). It starts before the history's end so that a query ending
        # a minute ago sees it even in the first minutes of an hour.
        self.hot_since = None

    @property
    def is_mig(self):
        return self.mig_profile is not None

    def base_labels(self):
        n = self.node
        parts = ['gpu="%d"' % self.gpu, 'UUID="%s"' % self.uuid]
        if n.new_exporter:
            parts.append('pci_bus_id="00000000:%02X:00.0"' % (0x18 + self.gpu * 0x10))
        parts += ['device="nvidia%d"' % self.gpu, 'modelName="%s"' % n.model]
        if self.is_mig:
            parts += ['GPU_I_PROFILE="%s"' % self.mig_profile, 'GPU_I_ID="%d"' % self.mig_id]
        parts.append('%s="%s"' % ("hostname" if n.new_exporter else "Hostname", n.name))
        parts.append('DCGM_FI_DRIVER_VERSION="%s"' % n.driver)
        return parts

    def pod_at(self, ago):
        """(namespace, pod, container) holding this GPU `ago` seconds before the end, or None."""
        for since, ns, pod, container in self.pods:
            if since is None or ago <= since:
                return ns, pod, container
        return None

    def label_string(self, ago, prometheus_labels=True):
        parts = self.base_labels()
        holder = self.pod_at(ago)
        if holder:
            ns, pod, container = holder
            parts += ['container="%s"' % container, 'namespace="%s"' % ns, 'pod="%s"' % pod]
        if prometheus_labels:
            parts += ['instance="%s"' % self.node.instance, 'job="%s"' % self.node.job]
        return "{" + ",".join(parts) + "}"

    # ---- values ----------------------------------------------------------------------------------
    def util(self, t, ago):
        """Busy percentage at epoch second t (ago: seconds before the end of history)."""
        n = _noise(self.seed, t // 30)
        holder = self.pod_at(ago)
        kind = self.workload if holder or self.workload == "idle" else "idle"
        if kind == "serving":
            day = math.sin(math.pi * ((t % 86400) / 86400.0)) ** 2
            return min(100.0, 35.0 + 55.0 * day + 10.0 * n)
        if kind == "training":
            # Steady, with a checkpoint dip of two minutes every hour.
            return 15.0 + 5.0 * n if (t % 3600) < 120 else 92.0 + 7.0 * n
        if kind == "notebook":
            return 70.0 + 20.0 * n if (t % 5400) < 600 else 2.0 * n
        if kind == "allocated-idle":
            return 1.0 * n
        return 0.0

    def _in(self, windows, ago):
        return any(end <= ago < start for start, end in windows)

    def is_hot(self, ago):
        return (self.hot_since is not None and ago < self.hot_since) or self._in(self.hot_windows, ago)

    def temperature(self, t, ago, util):
        normal = 31 + 0.42 * util + 3.0 * _noise(self.seed + 7, t // 60)
        if self.is_hot(ago):  # a failing fan: hot whatever the load
            return int(max(normal + 27, 87 + 3.0 * _noise(self.seed + 9, t // 60)))
        return int(normal)

    def power(self, t, ago, util):
        if self._in(self.nan_power, ago):
            return float("nan")
        idle, board = MODELS[self.node.model][1], MODELS[self.node.model][2]
        watts = idle + (board - idle) * 0.88 * util / 100.0 + 6.0 * _noise(self.seed + 3, t // 30)
        if self._in(self.power_spikes, ago):
            watts = board * 1.12
        return round(watts, 3)

    def xid(self, ago):
        for at, duration, code in self.xids:
            if at - duration < ago <= at:
                return code
        return 0


class Node:
    def __init__(self, name, seed, model, new_exporter, gpus=8, driver="550.90.07"):
        self.name, self.seed, self.model, self.new_exporter = name, seed, model, new_exporter
        self.driver = driver
        self.instance = name + ":9400"
        self.job = "dcgm-exporter"
        self.entities = []
        self.mig = {}  # gpu index -> [(profile, id)]
        self.gpu_count = gpus
        self.gaps = []  # (start, end) seconds before end: exporter down (no samples, up == 0)

    def build(self):
        self.entities = []
        for g in range(self.gpu_count):
            if g in self.mig:
                for profile, gid in self.mig[g]:
                    self.entities.append(Entity(self, g, profile, gid))
            else:
                self.entities.append(Entity(self, g))
        return self

    def entity(self, gpu, mig_id=None):
        for e in self.entities:
            if e.gpu == gpu and e.mig_id == mig_id:
                return e
        raise KeyError((self.name, gpu, mig_id))

    def down(self, ago):
        return any(end <= ago < start for start, end in self.gaps)


def parent_util(node, gpu, t, ago):
    """A MIG GPU's whole-board busy share: instances weighted by their compute slices."""
    total = 0.0
    for e in node.entities:
        if e.gpu == gpu and e.is_mig:
            total += e.util(t, ago) * MIG_SLICES[e.mig_profile] / 7.0
    return total


H = 3600


def ci_fleet():
    """2 nodes x 8 GPUs, one MIG GPU on each, pods, an XID incident, a gap, NaN, a hot GPU."""
    a = Node("gpu-node-a", 1, "NVIDIA A100-SXM4-80GB", new_exporter=False, driver="535.129.03")
    a.mig = {0: [("3g.40gb", 1), ("2g.20gb", 5), ("1g.10gb", 13)]}
    a.build()
    b = Node("gpu-node-b", 2, "NVIDIA H100 80GB HBM3", new_exporter=True)
    b.mig = {7: [("4g.40gb", 1), ("3g.40gb", 2)]}
    b.build()

    for g in (1, 2):  # vLLM with tensor parallelism 2: its memory is nearly full (alert, silenced)
        e = a.entity(g)
        e.workload, e.fb_fraction = "serving", 0.97
        e.pods = [(None, "llm-serving", "vllm-llama3-8b-0", "vllm")]
    ollama = a.entity(3)
    ollama.workload, ollama.fb_fraction = "serving", 0.55
    ollama.pods = [(8 * H, "llm-serving", "ollama-0", "ollama")]  # started 8 h before the end
    jup = a.entity(0, 5)
    jup.workload, jup.fb_fraction = "notebook", 0.40
    jup.pods = [(None, "research", "jupyter-alice", "jupyter")]
    a.entity(0, 13).has_fb = False  # a GPU instance without frame-buffer metrics
    a.entity(4).xids = [(6 * H, 60, 79)]  # fallen off the bus, reported for one minute
    a.entity(2).power_spikes = [(5 * H, 5 * H - 15 * 60)]
    a.entity(6).nan_power = [(3 * H, 3 * H - 10 * 60)]

    for g in range(4):
        e = b.entity(g)
        e.workload, e.fb_fraction = "training", 0.82
        e.pods = [(None, "training", "trainer-0", "trainer")]
    nb = b.entity(5)
    nb.workload, nb.fb_fraction = "allocated-idle", 0.02
    nb.pods = [(None, "research", "notebook-bob", "notebook")]
    hot = b.entity(6)
    hot.hot_windows = [(14 * H, 12 * H)]
    hot.hot_since = 30 * 60
    tgi = b.entity(7, 1)
    tgi.workload, tgi.fb_fraction = "serving", 0.70
    tgi.pods = [(None, "llm-serving", "tgi-mistral-0", "tgi")]
    b.entity(7, 2).xids = [(20 * H, 120, 43)]  # an application fault on a GPU instance
    b.entity(2).xids = [(2 * H, 30, 48)]  # a double-bit ECC error, one 30 s sample
    b.gaps = [(10 * H, 10 * H - 40 * 60)]  # exporter down for 40 minutes
    return [a, b]


def bench_fleet(nodes=4):
    """nodes x 8 GPUs without MIG or incidents, for the benchmark."""
    fleet = []
    models = list(MODELS)
    for i in range(nodes):
        n = Node("bench-node-%02d" % i, 10 + i, models[i % 2], new_exporter=bool(i % 2)).build()
        for e in n.entities:
            e.workload = ("serving", "training", "notebook", "idle")[(e.gpu + i) % 4]
            if e.workload != "idle":
                e.pods = [(None, "bench", "job-%d-%d" % (i, e.gpu), "worker")]
        fleet.append(n)
    return fleet


def utils(entity, t, ago):
    """(own busy %, whole-board busy %) at t: a MIG instance's temperature, power and clocks are
    its parent GPU's."""
    util = entity.util(t, ago)
    board = parent_util(entity.node, entity.gpu, t, ago) if entity.is_mig else util
    return util, board


def _overlap(windows, ago):
    """Seconds spent inside windows (start, end before the end of history) up to `ago`."""
    total = 0.0
    for start, end in windows:
        total += max(0.0, start - max(end, ago))
    return total


def value(entity, metric, t, ago, util, board_util):
    """The value of one metric for one entity at time t, or None when it is not reported."""
    e, n = entity, entity.node
    if metric == "DCGM_FI_DEV_GPU_UTIL":
        return None if e.is_mig else int(util)
    if metric == "DCGM_FI_DEV_MEM_COPY_UTIL":
        return None if e.is_mig else int(util * 0.6)
    if metric == "DCGM_FI_PROF_GR_ENGINE_ACTIVE":
        return round(util / 100.0, 6)
    if metric == "DCGM_FI_PROF_PIPE_TENSOR_ACTIVE":
        return round(util / 100.0 * 0.78, 6)
    if metric == "DCGM_FI_DEV_GPU_TEMP":
        return e.temperature(t, ago, board_util)
    if metric == "DCGM_FI_DEV_POWER_USAGE":
        return e.power(t, ago, board_util)
    if metric == "DCGM_FI_DEV_SM_CLOCK":
        top = MODELS[n.model][3]
        if e.is_hot(ago):
            top = int(top * 0.7)
        return 210 if board_util < 1 else top
    if metric == "DCGM_FI_DEV_FB_RESERVED":
        return None if (e.is_mig or not e.has_fb) else RESERVED_MIB
    if metric in ("DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE"):
        if not e.has_fb:
            return None
        frac = e.fb_fraction if (e.fb_fraction is not None and e.pod_at(ago)) else 0.0
        used = int(e.fb_total * frac) if frac else 0
        return used if metric == "DCGM_FI_DEV_FB_USED" else e.fb_total - used
    if metric == "DCGM_FI_DEV_XID_ERRORS":
        return e.xid(ago)
    if metric == "DCGM_FI_DEV_THERMAL_VIOLATION":
        hot = _overlap(e.hot_windows, ago) + (max(0.0, e.hot_since - ago) if e.hot_since is not None else 0.0)
        return int(4.0e11 + e.seed * 1.0e9 + hot * 0.6e9)
    if metric == "DCGM_FI_DEV_POWER_VIOLATION":
        return int(2.0e11 + e.seed * 1.0e9 + _overlap(e.power_spikes, ago) * 1.0e9)
    return None


def format_value(v):
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        return repr(v)
    return str(v)
