<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Text</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; use --force to replace it.</source>
        <translation>&quot;%1&quot;이(가) 이미 있습니다. 덮어쓰려면 --force를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>fd</name>
    <message>
        <source>The database %1 is damaged or is not a Fleetdeck database; it was left untouched. Restore it from a backup, or move it aside to start with an empty store.</source>
        <translation>데이터베이스 %1이(가) 손상되었거나 Fleetdeck 데이터베이스가 아닙니다. 파일은 변경하지 않았습니다. 백업에서 복원하거나, 파일을 다른 곳으로 옮긴 뒤 빈 저장소로 시작하세요.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging.</source>
        <translation>데이터베이스를 WAL(write-ahead logging) 모드로 전환할 수 없습니다.</translation>
    </message>
    <message>
        <source>The OS keychain holds no such entry.</source>
        <translation>OS 키체인에 해당 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access; unlock it (log in to the desktop session) and try again.</source>
        <translation>OS 키체인이 잠겨 있거나 접근을 거부했습니다. 데스크톱 세션에 로그인해 키체인 잠금을 해제한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>No OS keychain is available on this computer.</source>
        <translation>이 컴퓨터에서 사용할 수 있는 OS 키체인이 없습니다.</translation>
    </message>
    <message>
        <source>The OS keychain reported an error.</source>
        <translation>OS 키체인에서 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer in time.</source>
        <translation>OS 키체인이 제한 시간 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The encryption library failed; nothing was changed.</source>
        <translation>암호화 라이브러리에서 오류가 발생했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-derivation settings are damaged; the vault was left untouched.</source>
        <translation>볼트의 키 파생 설정이 손상되었습니다. 볼트는 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The label selector part “%1” is not valid: %2. Use forms like app=web, tier!=db, env in (prod,stage), gpu or !canary.</source>
        <translation>레이블 셀렉터의 “%1” 부분이 올바르지 않습니다: %2. app=web, tier!=db, env in (prod,stage), gpu, !canary 같은 형식을 사용하십시오.</translation>
    </message>
    <message>
        <source>The secret store has stopped; restart Fleetdeck to use secrets.</source>
        <translation>비밀 정보 저장소가 멈췄습니다. 비밀 정보를 사용하려면 Fleetdeck을 다시 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::cli</name>
    <message>
        <source>The secret vault is locked: set FLEETDECK_PASSPHRASE or pass --passphrase-stdin with the passphrase on the first line of stdin.</source>
        <translation>비밀 정보 볼트가 잠겨 있습니다. FLEETDECK_PASSPHRASE를 설정하거나, --passphrase-stdin을 지정하고 표준 입력의 첫 줄에 암호 문구를 넣으십시오.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli audit list [--text T] [--since ISO] [--until ISO] [--limit N] [--json]
       fleetdeck-cli audit export FILE.csv [--text T] [--since ISO] [--until ISO] [--limit N]

Lists the audit log newest first, or writes it to FILE.csv (UTF-8, RFC 4180; cells that
a spreadsheet would run as a formula are prefixed with an apostrophe).
  --text T      entries whose action, target, result or detail contain T (any case)
  --since ISO   entries at or after this time (e.g. 2026-11-23 or 2026-11-23T09:00:00Z)
  --until ISO   entries at or before this time
  --limit N     at most N entries (default 5000; 0 = all)</source>
        <translation>사용법: fleetdeck-cli audit list [--text T] [--since ISO] [--until ISO] [--limit N] [--json]
        fleetdeck-cli audit export FILE.csv [--text T] [--since ISO] [--until ISO] [--limit N]

감사 로그를 최신 항목부터 나열하거나 FILE.csv(UTF-8, RFC 4180)로 씁니다. 스프레드시트가
수식으로 실행할 수 있는 셀은 앞에 아포스트로피를 붙입니다.
  --text T      동작, 대상, 결과 또는 세부 정보에 T가 들어 있는 항목(대소문자 무시)
  --since ISO   이 시각 또는 그 이후의 항목(예: 2026-11-23, 2026-11-23T09:00:00Z)
  --until ISO   이 시각 또는 그 이전의 항목
  --limit N     최대 N개 항목(기본값 5000, 0 = 전체)</translation>
    </message>
    <message>
        <source>%1 needs an ISO 8601 date or time, not %2</source>
        <translation>%1에는 ISO 8601 날짜나 시각을 지정해야 합니다(%2은(는) 올바르지 않음)</translation>
    </message>
    <message>
        <source>--limit needs a number of entries (0 = all)</source>
        <translation>--limit에는 항목 수를 지정해야 합니다(0 = 전체)</translation>
    </message>
    <message>
        <source>audit: expected list, or export FILE.csv</source>
        <translation>audit: list 또는 export FILE.csv가 필요합니다</translation>
    </message>
    <message>
        <source>List or export the audit log</source>
        <translation>감사 로그 나열 또는 내보내기</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli cluster SUBCOMMAND ...

  cluster import FILE [--context NAME]... [--datacenter ID] [--zone A|B|none]
      Import contexts of a kubeconfig (all of them unless --context is given). A cluster
      already registered with the same server and user is updated. Credentials go to the
      vault: set FLEETDECK_PASSPHRASE or pass --passphrase-stdin.
  cluster zone NAME A|B|none
      Set the zone (A high performance, B general purpose, or none); a joined cluster&apos;s
      Karmada Cluster gets the label fleetdeck.io/zone (removed for none).
  cluster list [--json]
      Registered clusters with their last health check.
  cluster test NAME|--all [--json]
      Connection test (GET /version, nodes, running pods; 15 s). Exit 1 if any failed.
  cluster remove NAME
      Remove the cluster, its credentials and, when joined, its Karmada objects.
  cluster join NAME --karmada CONTROL_PLANE [--full-access]
      Push-mode join of NAME into the Karmada control plane CONTROL_PLANE (least
      privilege unless --full-access, which binds cluster-admin).
  cluster unjoin NAME
      Reverse a join (best effort; reports what was left behind).</source>
        <translation>사용법: fleetdeck-cli cluster SUBCOMMAND ...

  cluster import FILE [--context NAME]... [--datacenter ID] [--zone A|B|none]
      kubeconfig의 컨텍스트를 가져옵니다(--context를 지정하지 않으면 모두). 서버와
      사용자가 같은 클러스터가 이미 등록되어 있으면 갱신합니다. 자격 증명은 볼트에
      보관됩니다. FLEETDECK_PASSPHRASE를 설정하거나 --passphrase-stdin을 지정하십시오.
  cluster zone NAME A|B|none
      영역을 설정합니다(A 고성능, B 범용, none 없음). 조인된 클러스터의 Karmada
      Cluster에 fleetdeck.io/zone 레이블이 붙습니다(none이면 제거).
  cluster list [--json]
      등록된 클러스터와 마지막 상태 점검 결과.
  cluster test NAME|--all [--json]
      연결 테스트(GET /version, 노드, 실행 중인 파드, 15초). 하나라도 실패하면 종료 코드 1.
  cluster remove NAME
      클러스터와 자격 증명을, 조인된 경우 Karmada 객체까지 제거합니다.
  cluster join NAME --karmada CONTROL_PLANE [--full-access]
      NAME을 Karmada 컨트롤 플레인 CONTROL_PLANE에 푸시 모드로 조인합니다(최소
      권한, --full-access를 지정하면 cluster-admin을 바인딩).
  cluster unjoin NAME
      조인을 되돌립니다(최선 노력, 남은 항목을 보고).</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>--zone takes A, B or none</source>
        <translation>--zone에는 A, B 또는 none을 지정합니다</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation>FILE은 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>import needs a kubeconfig FILE</source>
        <translation>import에는 kubeconfig FILE이 필요합니다</translation>
    </message>
    <message>
        <source>list takes no arguments besides --json</source>
        <translation>list는 --json 외에 인수를 받지 않습니다</translation>
    </message>
    <message>
        <source>zone needs a cluster NAME and A, B or none</source>
        <translation>zone에는 클러스터 NAME과 A, B 또는 none이 필요합니다</translation>
    </message>
    <message>
        <source>the zone is A, B or none</source>
        <translation>영역은 A, B 또는 none입니다</translation>
    </message>
    <message>
        <source>test takes one NAME or --all</source>
        <translation>test는 NAME 하나 또는 --all을 받습니다</translation>
    </message>
    <message>
        <source>test needs a cluster NAME or --all</source>
        <translation>test에는 클러스터 NAME 또는 --all이 필요합니다</translation>
    </message>
    <message>
        <source>remove needs exactly one cluster NAME</source>
        <translation>remove에는 클러스터 NAME이 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>--karmada needs the control plane&apos;s name</source>
        <translation>--karmada에는 컨트롤 플레인 이름이 필요합니다</translation>
    </message>
    <message>
        <source>join takes one cluster NAME</source>
        <translation>join은 클러스터 NAME 하나를 받습니다</translation>
    </message>
    <message>
        <source>join needs NAME and --karmada CONTROL_PLANE</source>
        <translation>join에는 NAME과 --karmada CONTROL_PLANE이 필요합니다</translation>
    </message>
    <message>
        <source>unjoin needs exactly one cluster NAME</source>
        <translation>unjoin에는 클러스터 NAME이 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>no subcommand given</source>
        <translation>하위 명령을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>unknown subcommand %1</source>
        <translation>알 수 없는 하위 명령 %1</translation>
    </message>
    <message>
        <source>Register, test, remove and join clusters</source>
        <translation>클러스터 등록, 테스트, 제거, 조인</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli deploy SUBCOMMAND ...

  deploy create --cluster C|--strategy S --runtime R --model M [--replicas N] [--gpus N]
                [--set key=value]... [--dry-run] [options]
      Apply a model deployment (server-side dry run first, then apply) and record it.
      --strategy S targets the Karmada control plane (--cluster names it when several);
      the policies&apos; auto-placement rules choose the strategy in the GUI&apos;s form only.
  deploy render --runtime R --model M [...same options]
      Print the objects as YAML; talks to no server.
  deploy list [--json]
      Recorded deployments with their live status.
  deploy status NAME [--json]
      Status, pods, latest event and endpoints (from every member for Karmada).
  deploy delete NAME [--with-volume]
      Delete Deployment, Service, ConfigMap (and the model store&apos;s PVC with --with-volume).
  deploy prompt NAME &quot;text&quot; [--endpoint URL] [--max-tokens N] [--json]
      Stream a chat answer to stdout; --json prints one object {ttftMs, tokens,
      tokensPerSecond, text} at the end.
  deploy fit --cluster C --model M --gpus N [--runtime R] [--replicas N] [--json]
      Is there a node with enough free GPUs that the model fits?

Options of create/render: --namespace NS, --name NAME, --gpu-model H100, --mig 1g.10gb,
  --image REF, --mirror HOST, --pull-secret NAME, --storage new-pvc|existing-pvc|nfs|
  host-path|empty-dir, --storage-size 60Gi, --storage-class C, --claim NAME, --nfs HOST:/PATH,
  --host-path DIR, --profile P (Karmada resource profile).
Credentials come from the vault: set FLEETDECK_PASSPHRASE or pass --passphrase-stdin.</source>
        <translation>사용법: fleetdeck-cli deploy SUBCOMMAND ...

  deploy create --cluster C|--strategy S --runtime R --model M [--replicas N] [--gpus N]
                [--set key=value]... [--dry-run] [options]
      모델 배포를 적용하고(먼저 서버 측 dry run, 그다음 적용) 기록합니다.
      --strategy S는 Karmada 컨트롤 플레인을 대상으로 합니다(여러 개면 --cluster로
      지정). 정책의 자동 배치 규칙은 GUI 양식에서만 전략을 고릅니다.
  deploy render --runtime R --model M [...same options]
      객체를 YAML로 출력합니다. 서버에 연결하지 않습니다.
  deploy list [--json]
      기록된 배포와 현재 상태.
  deploy status NAME [--json]
      상태, 파드, 최근 이벤트, 엔드포인트(Karmada는 모든 멤버에서).
  deploy delete NAME [--with-volume]
      Deployment, Service, ConfigMap을 삭제합니다(--with-volume이면 모델 저장소 PVC도).
  deploy prompt NAME &quot;text&quot; [--endpoint URL] [--max-tokens N] [--json]
      채팅 응답을 표준 출력으로 스트리밍합니다. --json이면 끝에 객체 하나
      {ttftMs, tokens, tokensPerSecond, text}를 출력합니다.
  deploy fit --cluster C --model M --gpus N [--runtime R] [--replicas N] [--json]
      모델이 들어갈 만큼 여유 GPU가 있는 노드가 있는지 확인합니다.

create/render 옵션: --namespace NS, --name NAME, --gpu-model H100, --mig 1g.10gb,
  --image REF, --mirror HOST, --pull-secret NAME, --storage new-pvc|existing-pvc|nfs|
  host-path|empty-dir, --storage-size 60Gi, --storage-class C, --claim NAME, --nfs HOST:/PATH,
  --host-path DIR, --profile P(Karmada 리소스 프로필).
자격 증명은 볼트에서 읽습니다. FLEETDECK_PASSPHRASE를 설정하거나
--passphrase-stdin을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 needs a whole number</source>
        <translation>%1에는 0 이상의 정수가 필요합니다</translation>
    </message>
    <message>
        <source>--storage: unknown kind %1</source>
        <translation>--storage: 알 수 없는 종류 %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>예상하지 못한 인수 %1</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model이 필요합니다</translation>
    </message>
    <message>
        <source>--runtime is required</source>
        <translation>--runtime이 필요합니다</translation>
    </message>
    <message>
        <source>create needs --cluster C or --strategy S</source>
        <translation>create에는 --cluster C 또는 --strategy S가 필요합니다</translation>
    </message>
    <message>
        <source>status needs one NAME</source>
        <translation>status에는 NAME 하나가 필요합니다</translation>
    </message>
    <message>
        <source>delete needs one NAME</source>
        <translation>delete에는 NAME 하나가 필요합니다</translation>
    </message>
    <message>
        <source>prompt needs NAME and &quot;text&quot;</source>
        <translation>prompt에는 NAME과 &quot;text&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>fit needs --cluster C</source>
        <translation>fit에는 --cluster C가 필요합니다</translation>
    </message>
    <message>
        <source>a subcommand is required</source>
        <translation>하위 명령이 필요합니다</translation>
    </message>
    <message>
        <source>Model deployments: create, render, list, status, delete, prompt, fit</source>
        <translation>모델 배포: 생성, 렌더링, 목록, 상태, 삭제, 프롬프트, 적합성 확인</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli kube get nodes [--kubeconfig FILE] [--context NAME] [--json]
       fleetdeck-cli kube version [--kubeconfig FILE] [--context NAME] [--json]

Lists the cluster&apos;s nodes (name, status, roles, kubelet version, GPU product, GPU count,
MIG resources) or shows the API server&apos;s version, through Fleetdeck&apos;s API client.
Without --kubeconfig: $KUBECONFIG, then ~/.kube/config. Without --context: the
kubeconfig&apos;s current context.</source>
        <translation>사용법: fleetdeck-cli kube get nodes [--kubeconfig FILE] [--context NAME] [--json]
        fleetdeck-cli kube version [--kubeconfig FILE] [--context NAME] [--json]

Fleetdeck의 API 클라이언트로 클러스터의 노드(이름, 상태, 역할, kubelet 버전, GPU 제품,
GPU 수, MIG 리소스)를 나열하거나 API 서버의 버전을 표시합니다.
--kubeconfig가 없으면 $KUBECONFIG, 그다음 ~/.kube/config를 사용합니다. --context가
없으면 kubeconfig의 현재 컨텍스트를 사용합니다.</translation>
    </message>
    <message>
        <source>Query a cluster through Fleetdeck&apos;s API client (nodes, version)</source>
        <translation>Fleetdeck API 클라이언트로 클러스터 조회(노드, 버전)</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli kubeconfig show [FILE...] [--json]
       fleetdeck-cli kubeconfig export [FILE...] [--context NAME] -o OUT [--force]

show: the contexts of one or more kubeconfig files, merged by kubectl&apos;s rules (the first
file that defines a name wins; current-context from the first file that sets it), with
per-context warnings. Secrets are never printed.

export: writes one context (default: the current one) as a self-contained kubeconfig to
OUT: CA, client certificate and key embedded, relative paths made absolute. OUT holds
the context&apos;s credentials (tokens, keys, passwords) in plain text, because a kubeconfig
is what was asked for; it is created with mode 0600 and an existing OUT is only
replaced with --force.

Without FILE: $KUBECONFIG, then ~/.kube/config.</source>
        <translation>사용법: fleetdeck-cli kubeconfig show [FILE...] [--json]
        fleetdeck-cli kubeconfig export [FILE...] [--context NAME] -o OUT [--force]

show: 하나 이상의 kubeconfig 파일의 컨텍스트를 kubectl 규칙대로 병합해 컨텍스트별 경고와
함께 표시합니다(같은 이름은 먼저 정의한 파일이 우선, current-context는 처음 설정한 파일을
따름). 비밀 정보는 절대 출력하지 않습니다.

export: 컨텍스트 하나(기본값: 현재 컨텍스트)를 독립된 kubeconfig로 OUT에 씁니다. CA,
클라이언트 인증서와 키를 포함하고 상대 경로는 절대 경로로 바꿉니다. 요청한 것이
kubeconfig이므로 OUT에는 컨텍스트의 자격 증명(토큰, 키, 암호)이 평문으로 들어갑니다.
파일은 모드 0600으로 만들며, 기존 OUT은 --force를 지정할 때만 덮어씁니다.

FILE이 없으면 $KUBECONFIG, 그다음 ~/.kube/config를 사용합니다.</translation>
    </message>
    <message>
        <source>Show kubeconfig contexts (merged, without secrets); export one context</source>
        <translation>kubeconfig 컨텍스트 표시(병합, 비밀 정보 제외)와 하나 내보내기</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli gpu SUBCOMMAND --endpoint NAME ... [--json|--csv]

  gpu list --endpoint NAME
      Every GPU and MIG instance with its latest values (null where not reported).
  gpu top --endpoint NAME --range R --by utilization|memory|temperature|power [--limit N]
  gpu health --endpoint NAME --range R
      XID events with their meaning, temperature and power outliers, throttling.
  gpu query &apos;PROMQL&apos; --endpoint NAME [--range R] [--step S]
      Instant query, or a range query ending now; a gap stays empty (CSV) or null (JSON).

R and S use Prometheus&apos;s duration syntax: 15m, 6h, 7d, 60s.</source>
        <translation>사용법: fleetdeck-cli gpu SUBCOMMAND --endpoint NAME ... [--json|--csv]

  gpu list --endpoint NAME
      모든 GPU와 MIG 인스턴스의 최신 값(보고되지 않은 값은 null).
  gpu top --endpoint NAME --range R --by utilization|memory|temperature|power [--limit N]
  gpu health --endpoint NAME --range R
      XID 이벤트와 그 의미, 온도와 전력 이상값, 스로틀링.
  gpu query &apos;PROMQL&apos; --endpoint NAME [--range R] [--step S]
      즉시 쿼리, 또는 지금 끝나는 범위 쿼리. 빈 구간은 비워 둡니다(JSON은 null).

R과 S는 Prometheus의 기간 문법을 씁니다: 15m, 6h, 7d, 60s.</translation>
    </message>
    <message>
        <source>metrics add needs one NAME</source>
        <translation>metrics add에는 NAME 하나가 필요합니다</translation>
    </message>
    <message>
        <source>give either --url or --cluster with --via-api-server</source>
        <translation>--url 또는 --cluster와 --via-api-server 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>--via-api-server needs --cluster</source>
        <translation>--via-api-server에는 --cluster가 필요합니다</translation>
    </message>
    <message>
        <source>--via-api-server uses the cluster&apos;s credentials: --auth, --user and --ca do not apply</source>
        <translation>--via-api-server는 클러스터의 자격 증명을 사용하므로 --auth, --user, --ca는 적용되지 않습니다</translation>
    </message>
    <message>
        <source>--service takes NAMESPACE/NAME:PORT</source>
        <translation>--service에는 NAMESPACE/NAME:PORT를 지정합니다</translation>
    </message>
    <message>
        <source>--auth is none, basic or bearer</source>
        <translation>--auth는 none, basic 또는 bearer입니다</translation>
    </message>
    <message>
        <source>--auth basic needs --user</source>
        <translation>--auth basic에는 --user가 필요합니다</translation>
    </message>
    <message>
        <source>metrics test needs one NAME</source>
        <translation>metrics test에는 NAME 하나가 필요합니다</translation>
    </message>
    <message>
        <source>metrics remove needs one NAME</source>
        <translation>metrics remove에는 NAME 하나가 필요합니다</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>하위 명령이 없습니다</translation>
    </message>
    <message>
        <source>--%1 is needed</source>
        <translation>--%1이(가) 필요합니다</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 15m, 6h, 7d or 60s</source>
        <translation>--%1에는 15m, 6h, 7d, 60s 같은 기간을 지정합니다</translation>
    </message>
    <message>
        <source>--endpoint NAME is needed</source>
        <translation>--endpoint NAME이 필요합니다</translation>
    </message>
    <message>
        <source>gpu query needs one PROMQL argument</source>
        <translation>gpu query에는 PROMQL 인수 하나가 필요합니다</translation>
    </message>
    <message>
        <source>--by is utilization, memory, temperature or power</source>
        <translation>--by는 utilization, memory, temperature 또는 power입니다</translation>
    </message>
    <message>
        <source>--limit takes a number &gt; 0</source>
        <translation>--limit에는 0보다 큰 수를 지정합니다</translation>
    </message>
    <message>
        <source>--step needs --range</source>
        <translation>--step에는 --range가 필요합니다</translation>
    </message>
    <message>
        <source>Prometheus endpoints for GPU metrics (add, list, test, remove)</source>
        <translation>GPU 메트릭용 Prometheus 엔드포인트(추가, 목록, 테스트, 제거)</translation>
    </message>
    <message>
        <source>GPU metrics from Prometheus (list, top, health, query)</source>
        <translation>Prometheus의 GPU 메트릭(목록, 상위, 상태, 쿼리)</translation>
    </message>
    <message>
        <source>KIND must be strategy, profile or failover, not &quot;%1&quot;</source>
        <translation>KIND는 strategy, profile 또는 failover여야 합니다(&quot;%1&quot;은(는) 올바르지 않음)</translation>
    </message>
    <message>
        <source>defaults takes no arguments</source>
        <translation>defaults는 인수를 받지 않습니다</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list는 인수를 받지 않습니다</translation>
    </message>
    <message>
        <source>show needs KIND NAME</source>
        <translation>show에는 KIND NAME이 필요합니다</translation>
    </message>
    <message>
        <source>apply needs one FILE</source>
        <translation>apply에는 FILE 하나가 필요합니다</translation>
    </message>
    <message>
        <source>delete needs KIND NAME</source>
        <translation>delete에는 KIND NAME이 필요합니다</translation>
    </message>
    <message>
        <source>sync takes no names: it syncs every policy</source>
        <translation>sync는 이름을 받지 않습니다. 모든 정책을 동기화합니다</translation>
    </message>
    <message>
        <source>adopt takes OBJECT_KIND and OBJECT_NAME (e.g. ClusterOverridePolicy gpu-limits)</source>
        <translation>adopt에는 OBJECT_KIND와 OBJECT_NAME이 필요합니다(예: ClusterOverridePolicy gpu-limits)</translation>
    </message>
    <message>
        <source>give policy names or --all, not both</source>
        <translation>정책 이름과 --all 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>give --control-plane or --karmada-crds, not both</source>
        <translation>--control-plane과 --karmada-crds 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>timeline needs one NAME</source>
        <translation>timeline에는 NAME 하나가 필요합니다</translation>
    </message>
    <message>
        <source>Placement strategies, resource profiles and failover policies</source>
        <translation>배치 전략, 리소스 프로필, 장애 조치 정책</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli store info [--json]

Shows the local database&apos;s path and schema version (opening it upgrades an older schema).
Exit status: 0 ok, 1 the database could not be opened (damaged, newer schema), 2 usage.</source>
        <translation>사용법: fleetdeck-cli store info [--json]

로컬 데이터베이스의 경로와 스키마 버전을 표시합니다(열 때 이전 스키마는 업그레이드됩니다).
종료 코드: 0 정상, 1 데이터베이스를 열 수 없음(손상, 더 새로운 스키마), 2 사용법 오류.</translation>
    </message>
    <message>
        <source>store: expected the sub-command info</source>
        <translation>store: 하위 명령 info가 필요합니다</translation>
    </message>
    <message>
        <source>Show the local store&apos;s location and schema version</source>
        <translation>로컬 저장소의 위치와 스키마 버전 표시</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli vault status [--json]
       fleetdeck-cli vault check [--json]

status  shows where new secrets go (OS keychain or the passphrase vault), whether the
        keychain answers, whether the vault exists and whether it is unlocked (a
        passphrase given by $FLEETDECK_PASSPHRASE or --passphrase-stdin is tried; status
        never prompts).
check   unlocks the vault with the passphrase ($FLEETDECK_PASSPHRASE, --passphrase-stdin,
        or a prompt when stdin is a terminal); creates the vault if there is none yet.
        Exit status 0 when the passphrase opens it, 1 when not.
Set FLEETDECK_SECRET_BACKEND=vault|keychain to force a backend.</source>
        <translation>사용법: fleetdeck-cli vault status [--json]
        fleetdeck-cli vault check [--json]

status  새 비밀 정보가 저장되는 곳(OS 키체인 또는 암호 문구 볼트), 키체인의 응답 여부,
        볼트의 존재 여부와 잠금 해제 여부를 표시합니다($FLEETDECK_PASSPHRASE나
        --passphrase-stdin으로 받은 암호 문구를 시도하며, status는 묻지 않습니다).
check   암호 문구($FLEETDECK_PASSPHRASE, --passphrase-stdin, 또는 표준 입력이
        터미널이면 입력 요청)로 볼트 잠금을 해제합니다. 볼트가 없으면 새로 만듭니다.
        암호 문구로 열리면 종료 코드 0, 아니면 1.
백엔드를 강제하려면 FLEETDECK_SECRET_BACKEND=vault|keychain을 설정하십시오.</translation>
    </message>
    <message>
        <source>vault: expected status or check</source>
        <translation>vault: status 또는 check가 필요합니다</translation>
    </message>
    <message>
        <source>Show the secret backend or check the passphrase</source>
        <translation>비밀 정보 백엔드 표시 또는 암호 문구 확인</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli vcenter add NAME --url URL --user U [--password-stdin]
                                [--trust SHA256 | --insecure]
       fleetdeck-cli vcenter list
       fleetdeck-cli vcenter test NAME
       fleetdeck-cli vcenter remove NAME
       fleetdeck-cli vcenter vms NAME [--all]
       fleetdeck-cli vcenter templates NAME
       fleetdeck-cli vcenter hosts NAME
       fleetdeck-cli vcenter power NAME VM on|off|reset|shutdown
       fleetdeck-cli vcenter clone NAME --template T --name N [--cluster C] [--datastore D]
                                [--folder F] [--ip A/P --gateway G] [--dns X[,Y]]
       fleetdeck-cli vcenter destroy NAME VM
       fleetdeck-cli vcenter scale NAME GROUP out|in N
       fleetdeck-cli vcenter group add NAME GROUP --template T --pattern P [--cluster C]
                                [--datastore D] [--folder F] [--pool FIRST-LAST]
                                [--prefix N] [--gateway G] [--dns X[,Y]]
       fleetdeck-cli vcenter group list NAME
All take --json.

add       stores a vCenter connection; the password is read from stdin (--password-stdin,
          the line after the vault passphrase when --passphrase-stdin is also given) and
          kept in the vault, never on the command line. The certificate is verified; a
          self-signed vCenter is trusted by its SHA-256 fingerprint (--trust, as `vcenter
          test` shows it), or not verified at all with --insecure.
test      signs in and reports the category of any failure (dns, refused, timeout,
          tlsUnknownCa, invalid-login, not-vsphere, …) and the certificate&apos;s fingerprint.
vms       VMs that are not templates; vCenter&apos;s own vCLS-* agents only with --all.
power     on, off, reset (tasks) or shutdown (asks the guest through VMware Tools).
clone     clones a template, customising the guest: host name = the new name, the static
          address with --ip (A/P) and --gateway, else DHCP.
destroy   powers the VM off when it is on, then deletes it from disk.
scale     clones N VMs with the group&apos;s next free names and addresses (out), or removes
          its N newest VMs (in); the result is recorded in the group&apos;s events.
The vault passphrase comes from FLEETDECK_PASSPHRASE or --passphrase-stdin.</source>
        <translation>사용법: fleetdeck-cli vcenter add NAME --url URL --user U [--password-stdin]
                                [--trust SHA256 | --insecure]
        fleetdeck-cli vcenter list
        fleetdeck-cli vcenter test NAME
        fleetdeck-cli vcenter remove NAME
        fleetdeck-cli vcenter vms NAME [--all]
        fleetdeck-cli vcenter templates NAME
        fleetdeck-cli vcenter hosts NAME
        fleetdeck-cli vcenter power NAME VM on|off|reset|shutdown
        fleetdeck-cli vcenter clone NAME --template T --name N [--cluster C] [--datastore D]
                                [--folder F] [--ip A/P --gateway G] [--dns X[,Y]]
        fleetdeck-cli vcenter destroy NAME VM
        fleetdeck-cli vcenter scale NAME GROUP out|in N
        fleetdeck-cli vcenter group add NAME GROUP --template T --pattern P [--cluster C]
                                [--datastore D] [--folder F] [--pool FIRST-LAST]
                                [--prefix N] [--gateway G] [--dns X[,Y]]
        fleetdeck-cli vcenter group list NAME
모두 --json을 받습니다.

add       vCenter 연결을 저장합니다. 암호는 표준 입력(--password-stdin, --passphrase-stdin도
          지정했으면 볼트 암호 문구 다음 줄)에서 읽어 볼트에 보관하며, 명령줄에는 절대
          두지 않습니다. 인증서를 검증합니다. 자체 서명 vCenter는 SHA-256 지문(--trust,
          `vcenter test`가 보여 주는 값)으로 신뢰하거나 --insecure로 검증하지 않습니다.
test      로그인해 보고 실패하면 그 범주(dns, refused, timeout, tlsUnknownCa,
          invalid-login, not-vsphere, …)와 인증서 지문을 보고합니다.
vms       템플릿이 아닌 VM. vCenter 자체의 vCLS-* 에이전트는 --all일 때만.
power     on, off, reset(작업) 또는 shutdown(VMware Tools로 게스트에 요청).
clone     템플릿을 복제하고 게스트를 사용자 지정합니다: 호스트 이름 = 새 이름, --ip(A/P)와
          --gateway가 있으면 고정 주소, 없으면 DHCP.
destroy   VM이 켜져 있으면 끈 다음 디스크에서 삭제합니다.
scale     그룹의 다음 빈 이름과 주소로 VM N개를 복제하거나(out) 가장 최근 VM N개를
          제거합니다(in). 결과는 그룹의 이벤트에 기록됩니다.
볼트 암호 문구는 FLEETDECK_PASSPHRASE 또는 --passphrase-stdin에서 받습니다.</translation>
    </message>
    <message>
        <source>vcenter add needs NAME, --url and --user</source>
        <translation>vcenter add에는 NAME, --url, --user가 필요합니다</translation>
    </message>
    <message>
        <source>--trust and --insecure exclude each other</source>
        <translation>--trust와 --insecure는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>vcenter power: expected on, off, reset or shutdown</source>
        <translation>vcenter power: on, off, reset 또는 shutdown이 필요합니다</translation>
    </message>
    <message>
        <source>vcenter clone needs NAME, --template and --name</source>
        <translation>vcenter clone에는 NAME, --template, --name이 필요합니다</translation>
    </message>
    <message>
        <source>vcenter scale NAME GROUP out|in N (N &gt; 0)</source>
        <translation>사용법: vcenter scale NAME GROUP out|in N (N &gt; 0)</translation>
    </message>
    <message>
        <source>vcenter group add|list NAME …</source>
        <translation>사용법: vcenter group add|list NAME …</translation>
    </message>
    <message>
        <source>vcenter group add NAME GROUP --template T --pattern P …</source>
        <translation>사용법: vcenter group add NAME GROUP --template T --pattern P …</translation>
    </message>
    <message>
        <source>vcenter: unexpected arguments</source>
        <translation>vcenter: 예상하지 못한 인수입니다</translation>
    </message>
    <message>
        <source>vCenter connections, VMs with their IPs, templates, power, clone, scale</source>
        <translation>vCenter 연결, VM과 IP, 템플릿, 전원, 복제, 확장</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli [global options] COMMAND [arguments]

Global options:
  -h, --help            Show this help (or COMMAND --help for a command&apos;s own)
  --version             Print the version of Fleetdeck and its libraries
  --json                Machine-readable JSON output
  --data-dir DIR        Use DIR for the local store (default: $FLEETDECK_DATA_DIR,
                        then the platform&apos;s application-data directory)
  --passphrase-stdin    Read the vault passphrase from the first line of stdin
                        (otherwise $FLEETDECK_PASSPHRASE)

Commands:
</source>
        <translation>사용법: fleetdeck-cli [global options] COMMAND [arguments]

전역 옵션:
  -h, --help            이 도움말 표시(명령별 도움말은 COMMAND --help)
  --version             Fleetdeck과 라이브러리의 버전 출력
  --json                기계가 읽을 수 있는 JSON 출력
  --data-dir DIR        로컬 저장소로 DIR 사용(기본값: $FLEETDECK_DATA_DIR,
                        그다음 플랫폼의 애플리케이션 데이터 디렉터리)
  --passphrase-stdin    볼트 암호 문구를 표준 입력의 첫 줄에서 읽음
                        (지정하지 않으면 $FLEETDECK_PASSPHRASE)

명령:
</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir에는 디렉터리가 필요합니다</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>명령을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>알 수 없는 명령 %1</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>볼트 암호 문구: </translation>
    </message>
    <message>
        <source>--passphrase-stdin was given but the first line of stdin is empty.</source>
        <translation>--passphrase-stdin을 지정했지만 표준 입력의 첫 줄이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The vault is locked and stdin is not a terminal, so there is no prompt: set FLEETDECK_PASSPHRASE or pass --passphrase-stdin.</source>
        <translation>볼트가 잠겨 있고 표준 입력이 터미널이 아니라서 암호 문구를 물을 수 없습니다. FLEETDECK_PASSPHRASE를 설정하거나 --passphrase-stdin을 지정하십시오.</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2</source>
        <translation>감사 항목 %1개를 %2에 썼습니다</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>조건에 맞는 감사 항목이 없습니다.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>left behind: %1</source>
        <translation>남은 항목: %1</translation>
    </message>
    <message>
        <source>%1 has no context named &quot;%2&quot;.</source>
        <translation>%1에 &quot;%2&quot; 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no contexts to import.</source>
        <translation>%1에 가져올 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>note: added data center &quot;%1&quot;</source>
        <translation>참고: 데이터 센터 &quot;%1&quot;을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: %2</source>
        <translation>컨텍스트 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>No clusters registered. Import one with: fleetdeck-cli cluster import FILE</source>
        <translation>등록된 클러스터가 없습니다. 다음 명령으로 가져오십시오: fleetdeck-cli cluster import FILE</translation>
    </message>
    <message>
        <source>No cluster named &quot;%1&quot; is registered.</source>
        <translation>&quot;%1&quot;(이)라는 클러스터가 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>placement strategy</source>
        <translation>배치 전략</translation>
    </message>
    <message>
        <source>resource profile</source>
        <translation>리소스 프로필</translation>
    </message>
    <message>
        <source>failover policy</source>
        <translation>장애 조치 정책</translation>
    </message>
    <message>
        <source>there is no %1 named &quot;%2&quot;; `policy list` shows them</source>
        <translation>&quot;%2&quot;(이)라는 %1이(가) 없습니다. `policy list`로 목록을 확인하십시오</translation>
    </message>
    <message>
        <source>The default strategy is unchanged.</source>
        <translation>기본 전략은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>No policies yet; `fleetdeck-cli policy defaults` creates the default set.</source>
        <translation>아직 정책이 없습니다. `fleetdeck-cli policy defaults`로 기본 세트를 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>could not read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 holds no Karmada policy CRD (policy.karmada.io PropagationPolicy or OverridePolicy)</source>
        <translation>%1에 Karmada 정책 CRD(policy.karmada.io PropagationPolicy 또는 OverridePolicy)가 없습니다</translation>
    </message>
    <message>
        <source>no cluster named &quot;%1&quot; is registered; `cluster list` shows them</source>
        <translation>&quot;%1&quot;(이)라는 클러스터가 등록되어 있지 않습니다. `cluster list`로 목록을 확인하십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not marked as a Karmada control plane; mark it in the cluster detail or join a member to it</source>
        <translation>&quot;%1&quot;은(는) Karmada 컨트롤 플레인으로 지정되어 있지 않습니다. 클러스터 상세 화면에서 지정하거나 멤버를 조인하십시오</translation>
    </message>
    <message>
        <source>no Karmada control plane is registered; import the karmada-apiserver and join a member to it</source>
        <translation>등록된 Karmada 컨트롤 플레인이 없습니다. karmada-apiserver를 가져온 뒤 멤버를 조인하십시오</translation>
    </message>
    <message>
        <source>several control planes are registered (%1); choose one with --control-plane</source>
        <translation>컨트롤 플레인이 여러 개 등록되어 있습니다(%1). --control-plane으로 하나를 고르십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a failover policy, which has no object of its own; render the strategies that use it</source>
        <translation>&quot;%1&quot;은(는) 장애 조치 정책이라 자체 객체가 없습니다. 이 정책을 쓰는 전략을 렌더링하십시오</translation>
    </message>
    <message>
        <source>there is no strategy or profile named &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 전략이나 프로필이 없습니다</translation>
    </message>
    <message>
        <source>the strategy &quot;%1&quot; has no failover policy</source>
        <translation>전략 &quot;%1&quot;에는 장애 조치 정책이 없습니다</translation>
    </message>
    <message>
        <source>Database:       %1
Schema version: %2
Size:           %3 bytes
</source>
        <translation>데이터베이스:  %1
스키마 버전:   %2
크기:          %3바이트
</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>만들어지지 않음</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>잠금 해제됨</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Backend for new secrets: %1 (chosen by %2)</source>
        <translation>새 비밀 정보의 백엔드: %1 (선택 근거: %2)</translation>
    </message>
    <message>
        <source>OS keychain:             %1</source>
        <translation>OS 키체인:             %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>사용 불가</translation>
    </message>
    <message>
        <source>Vault:                   %1</source>
        <translation>볼트:                  %1</translation>
    </message>
    <message>
        <source>, created %1, scrypt N=%2 r=%3 p=%4</source>
        <translation>, %1에 생성, scrypt N=%2 r=%3 p=%4</translation>
    </message>
    <message>
        <source>Passphrase:              %1</source>
        <translation>암호 문구:             %1</translation>
    </message>
    <message>
        <source>Stored secrets:          %1</source>
        <translation>저장된 비밀 정보:      %1</translation>
    </message>
    <message>
        <source>The passphrase opens the vault.</source>
        <translation>이 암호 문구로 볼트가 열립니다.</translation>
    </message>
    <message>
        <source>Created the vault; this passphrase opens it.</source>
        <translation>볼트를 만들었습니다. 이 암호 문구로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The password is never given on the command line: pass --password-stdin and write it to stdin.</source>
        <translation>암호는 명령줄로 받지 않습니다. --password-stdin을 지정하고 표준 입력으로 넘기십시오.</translation>
    </message>
    <message>
        <source>--trust needs the certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>--trust에는 인증서의 SHA-256 지문(16진수 64자리, 콜론 허용)이 필요합니다.</translation>
    </message>
    <message>
        <source>No password: pass --password-stdin and write the password on a line of stdin.</source>
        <translation>암호가 없습니다. --password-stdin을 지정하고 표준 입력의 한 줄에 암호를 넣으십시오.</translation>
    </message>
    <message>
        <source>--ip must be an IPv4 address with a prefix length, like 10.0.0.5/24.</source>
        <translation>--ip는 10.0.0.5/24처럼 접두사 길이가 붙은 IPv4 주소여야 합니다.</translation>
    </message>
    <message>
        <source>--gateway needs --ip (without --ip the clone uses DHCP).</source>
        <translation>--gateway에는 --ip가 필요합니다(--ip가 없으면 복제본은 DHCP를 씁니다).</translation>
    </message>
    <message>
        <source>There is no vCenter connection named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;(이)라는 vCenter 연결이 없습니다.</translation>
    </message>
    <message>
        <source>There is no scale group named &quot;%1&quot; on %2; see `vcenter group list %2`.</source>
        <translation>%2에 &quot;%1&quot;(이)라는 스케일 그룹이 없습니다. `vcenter group list %2`로 확인하십시오.</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1을(를) 제거했습니다</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>%1을(를) 제거하지 못했습니다</translation>
    </message>
    <message>
        <source>joined %1 to %2</source>
        <translation>%1을(를) %2에 조인했습니다</translation>
    </message>
    <message>
        <source>could not join %1 to %2</source>
        <translation>%1을(를) %2에 조인하지 못했습니다</translation>
    </message>
    <message>
        <source> (full access: cluster-admin)</source>
        <translation> (전체 권한: cluster-admin)</translation>
    </message>
    <message>
        <source>unjoined %1</source>
        <translation>%1의 조인을 해제했습니다</translation>
    </message>
    <message>
        <source>unjoined with leftovers: %1</source>
        <translation>%1의 조인을 해제했지만 남은 항목이 있습니다</translation>
    </message>
    <message>
        <source>validated (dry run): %1 on %2</source>
        <translation>검증됨(dry run): %2의 %1</translation>
    </message>
    <message>
        <source>deployed: %1 on %2</source>
        <translation>배포됨: %2의 %1</translation>
    </message>
    <message>
        <source>name:      %1</source>
        <translation>이름:           %1</translation>
    </message>
    <message>
        <source>cluster:   %1</source>
        <translation>클러스터:       %1</translation>
    </message>
    <message>
        <source>runtime:   %1 (%2)</source>
        <translation>런타임:         %1 (%2)</translation>
    </message>
    <message>
        <source>status:    %1 (%2/%3 ready)</source>
        <translation>상태:           %1 (%3개 중 %2개 준비됨)</translation>
    </message>
    <message>
        <source>message:   %1</source>
        <translation>메시지:         %1</translation>
    </message>
    <message>
        <source>event:     %1</source>
        <translation>이벤트:         %1</translation>
    </message>
    <message>
        <source>endpoint:  %1</source>
        <translation>엔드포인트:     %1</translation>
    </message>
    <message>
        <source>pod:       %1 %2</source>
        <translation>파드:           %1 %2</translation>
    </message>
    <message>
        <source>failover:  from %1 %2 %3</source>
        <translation>장애 조치:      %1에서 %2 %3</translation>
    </message>
    <message>
        <source>failovers: %1</source>
        <translation>장애 조치 이력: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>제거됨: %1</translation>
    </message>
    <message>
        <source>already gone: %1</source>
        <translation>이미 없음: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>time to first token %1 ms, %2 tokens, %3 tokens/s</source>
        <translation>첫 토큰까지 %1 ms, 토큰 %2개, 초당 토큰 %3개</translation>
    </message>
    <message>
        <source>fits: %1</source>
        <translation>배치 가능: %1</translation>
    </message>
    <message>
        <source>does not fit: %1</source>
        <translation>배치 불가: %1</translation>
    </message>
    <message>
        <source>discovered %1 (%2)</source>
        <translation>%1을(를) 찾았습니다(%2)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>%1: ok, Prometheus %2, %3 ms</source>
        <translation>%1: 정상, Prometheus %2, %3 ms</translation>
    </message>
    <message>
        <source>no vCenter connections</source>
        <translation>vCenter 연결이 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: %2 완료</translation>
    </message>
    <message>
        <source>cloned %1 from %2</source>
        <translation>%2에서 %1을(를) 복제했습니다</translation>
    </message>
    <message>
        <source>destroyed %1</source>
        <translation>%1을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>scaled %1 %2 by %3: %4</source>
        <translation>스케일 그룹 %1을(를) %2 방향으로 VM %3개만큼 조정했습니다: %4</translation>
    </message>
    <message>
        <source>added scale group %1</source>
        <translation>스케일 그룹 %1을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>failed  %1: %2</source>
        <translation>실패  %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (context %3, %4)</source>
        <translation>%1 %2 (컨텍스트 %3, %4)</translation>
    </message>
    <message>
        <source>%1: zone %2</source>
        <translation>%1: 영역 %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  nodes %4/%5  latency %6 ms</source>
        <translation>%1  %2  %3  노드 %4/%5  지연 %6 ms</translation>
    </message>
    <message>
        <source>GPUs %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>생성됨 %1</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>유지됨 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>갱신됨 %1</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>변경 없음 %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>삭제됨 %1</translation>
    </message>
    <message>
        <source>checked %1 (%2)</source>
        <translation>%1 확인함 (%2)</translation>
    </message>
    <message>
        <source>synced %1 (%2)</source>
        <translation>%1 동기화함 (%2)</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>필드: %1</translation>
    </message>
    <message>
        <source>adopted %1 as %2; the next sync applies %3</source>
        <translation>%1을(를) %2(으)로 가져왔습니다. 다음 동기화에서 %3을(를) 적용합니다</translation>
    </message>
    <message>
        <source>not carried over: %1</source>
        <translation>옮기지 못한 항목: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1 시점</translation>
    </message>
    <message>
        <source>%1: ok, Alertmanager %2, %3 ms</source>
        <translation>%1: 정상, Alertmanager %2, %3 ms</translation>
    </message>
    <message>
        <source>--url needs an http:// or https:// URL without a user name or password</source>
        <translation>--url에는 사용자 이름이나 암호가 없는 http:// 또는 https:// URL이 필요합니다</translation>
    </message>
    <message>
        <source>--alertmanager needs an http:// or https:// URL without a user name or password</source>
        <translation>--alertmanager에는 사용자 이름이나 암호가 없는 http:// 또는 https:// URL이 필요합니다</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli policy SUBCOMMAND ...   (KIND is strategy, profile or failover)

  policy defaults
      Create the default set: 3 placement strategies, 3 resource profiles and 1 failover
      policy (docs/policies.md). Policies that already exist are kept as they are.
  policy list [--json]
      Every policy with a summary and its sync state.
  policy show KIND NAME [--json]
      One policy as a policy file (with its version history as comments).
  policy apply FILE
      Create or update every policy in FILE (Fleetdeck&apos;s policy YAML; &apos;-&apos; reads stdin).
      The whole file is checked first: any error and nothing is changed.
  policy delete KIND NAME
      Delete a policy (refused while strategies or deployments use it).
  policy render [NAME...|--all] [--control-plane CLUSTER | --karmada-crds DIR]
      The Karmada objects that sync applies, as multi-document YAML: for the named
      strategies and profiles, or all. Rendered for what the control plane&apos;s schema
      accepts, or for the CRDs in DIR (Karmada&apos;s policy CRDs), otherwise for the newest
      Karmada generation.
  policy sync [--control-plane CLUSTER] [--check]
      Apply every strategy and profile to the Karmada control plane (server-side apply,
      field manager fleetdeck), delete the objects of deleted policies, and list objects
      Fleetdeck did not make as external (namespaced PropagationPolicy and OverridePolicy
      objects too, named NAMESPACE/NAME). --check compares only: in sync, drifted (with
      the fields), pending. CLUSTER defaults to the one registered control plane.
      Only one sync per control plane runs at a time (a Lease fleetdeck-policy-sync on
      the control plane): a second one ends with an error naming the holder.
      Exit status 1 when anything failed.
  policy adopt OBJECT_KIND OBJECT_NAME [--control-plane CLUSTER] [--json]
      Adopt an object that `policy sync` lists as external: a ClusterPropagationPolicy
      becomes a placement strategy (and failover policy), a ClusterOverridePolicy a
      resource profile (only when every rule is one Fleetdeck writes; otherwise nothing
      is adopted and the error names the first field it cannot hold). The original is
      left as it is, annotated fleetdeck.io/adopted-as; the next sync applies
      fleetdeck-NAME. A namespaced PropagationPolicy or OverridePolicy (OBJECT_NAME
      NAMESPACE/NAME) is refused: Fleetdeck&apos;s policies apply in every namespace.
      JSON: {&quot;ok&quot;,&quot;objectKind&quot;,&quot;objectName&quot;,&quot;created&quot;,
      &quot;notCarried&quot;,&quot;applies&quot;} or {&quot;ok&quot;:false,&quot;error&quot;,&quot;field&quot;}.
  policy timeline NAME [--json]
      The failover timeline of a failover policy (or of a strategy&apos;s failover policy):
      {&quot;phases&quot;:[{&quot;name&quot;,&quot;startSeconds&quot;,&quot;endSeconds&quot;}...]}.</source>
        <translation>사용법: fleetdeck-cli policy SUBCOMMAND ...   (KIND는 strategy, profile 또는 failover)

  policy defaults
      기본 세트를 만듭니다: 배치 전략 3개, 리소스 프로필 3개, 장애 조치 정책 1개
      (docs/policies.md). 이미 있는 정책은 그대로 둡니다.
  policy list [--json]
      모든 정책과 요약, 동기화 상태.
  policy show KIND NAME [--json]
      정책 하나를 정책 파일 형식으로 표시합니다(버전 이력은 주석으로).
  policy apply FILE
      FILE의 모든 정책을 만들거나 갱신합니다(Fleetdeck 정책 YAML, &apos;-&apos;는 표준 입력).
      먼저 파일 전체를 검사하며, 오류가 하나라도 있으면 아무것도 바꾸지 않습니다.
  policy delete KIND NAME
      정책을 삭제합니다(전략이나 배포가 사용 중이면 거부).
  policy render [NAME...|--all] [--control-plane CLUSTER | --karmada-crds DIR]
      sync가 적용할 Karmada 객체를 다중 문서 YAML로 출력합니다. 지정한 전략과
      프로필 또는 전체가 대상입니다. 컨트롤 플레인의 스키마가 받아들이는 형식이나
      DIR의 CRD(Karmada 정책 CRD)에 맞춰, 둘 다 없으면 최신 Karmada 세대에 맞춰
      렌더링합니다.
  policy sync [--control-plane CLUSTER] [--check]
      모든 전략과 프로필을 Karmada 컨트롤 플레인에 적용하고(서버 측 적용, 필드 관리자
      fleetdeck), 삭제된 정책의 객체를 지우며, Fleetdeck이 만들지 않은 객체를 외부
      객체로 나열합니다(네임스페이스의 PropagationPolicy와 OverridePolicy도
      NAMESPACE/NAME 이름으로). --check는 비교만 합니다: 동기화됨, 달라짐(필드 포함), 대기 중.
      CLUSTER의 기본값은 등록된 유일한 컨트롤 플레인입니다.
      컨트롤 플레인마다 동기화는 한 번에 하나만 실행됩니다(컨트롤 플레인의 Lease
      fleetdeck-policy-sync). 두 번째 동기화는 점유자를 밝히는 오류로 끝납니다.
      하나라도 실패하면 종료 코드 1.
  policy adopt OBJECT_KIND OBJECT_NAME [--control-plane CLUSTER] [--json]
      `policy sync`가 외부 객체로 나열한 객체를 가져옵니다(adopt). ClusterPropagationPolicy는
      배치 전략(및 장애 조치 정책)이, ClusterOverridePolicy는 리소스 프로필이 됩니다
      (모든 규칙이 Fleetdeck이 쓰는 규칙일 때만. 그렇지 않으면 아무것도 가져오지 않고
      담을 수 없는 첫 필드를 오류에 밝힙니다). 원본은 그대로 두고
      fleetdeck.io/adopted-as 어노테이션을 붙이며, 다음 sync가 fleetdeck-NAME을
      적용합니다. 네임스페이스의 PropagationPolicy나 OverridePolicy(OBJECT_NAME은
      NAMESPACE/NAME)는 거부됩니다: Fleetdeck 정책은 모든 네임스페이스에 적용되기 때문입니다.
      JSON 출력: {&quot;ok&quot;,&quot;objectKind&quot;,&quot;objectName&quot;,&quot;created&quot;,
      &quot;notCarried&quot;,&quot;applies&quot;} 또는 {&quot;ok&quot;:false,&quot;error&quot;,&quot;field&quot;}.
  policy timeline NAME [--json]
      장애 조치 정책(또는 전략의 장애 조치 정책)의 장애 조치 타임라인:
      {&quot;phases&quot;:[{&quot;name&quot;,&quot;startSeconds&quot;,&quot;endSeconds&quot;}...]}.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli metrics SUBCOMMAND ...

  metrics add NAME --url URL [--cluster C] [--auth none|basic|bearer] [--user U]
              [--ca FILE] [--insecure] [--pin SHA256] [--secret-stdin]
              [--alertmanager AM_URL]
      A Prometheus at a URL. The password (basic) or token (bearer) is read from
      $FLEETDECK_PROMETHEUS_SECRET or, with --secret-stdin, from the next line of stdin,
      and kept in the vault. --pin trusts exactly that certificate (SHA-256, AB:CD:…).
  metrics add NAME --cluster C --via-api-server [--service NS/NAME:PORT]
              [--alertmanager AM_URL]
      A Prometheus reached through the cluster&apos;s API server (service proxy) with the
      cluster&apos;s credentials; without --service the Prometheus service is discovered.
  --alertmanager AM_URL: its Alertmanager, reached with the same credentials, CA and
      --insecure as the Prometheus URL (none through the API server).
  metrics edit NAME [--url URL] [--auth none|basic|bearer] [--user U] [--ca FILE]
              [--insecure] [--pin SHA256] [--secret-stdin] [--service NS/NAME:PORT]
              [--alertmanager AM_URL]
      Changes a saved endpoint: the options given replace what is stored, the rest stays
      (the route and cluster too). A password or token given as for add replaces the
      one in the vault; none given keeps it. --alertmanager= (empty) removes it.
  metrics list [--json]
  metrics test NAME [--json]      /-/ready and /api/v1/status/buildinfo, and the
                                  Alertmanager&apos;s /api/v2/status; exit 1 on failure
  metrics remove NAME</source>
        <translation>사용법: fleetdeck-cli metrics SUBCOMMAND ...

  metrics add NAME --url URL [--cluster C] [--auth none|basic|bearer] [--user U]
              [--ca FILE] [--insecure] [--pin SHA256] [--secret-stdin]
              [--alertmanager AM_URL]
      URL로 접속하는 Prometheus. 암호(basic) 또는 토큰(bearer)은
      $FLEETDECK_PROMETHEUS_SECRET에서, --secret-stdin이면 표준 입력의 다음 줄에서 읽어
      볼트에 보관합니다. --pin은 정확히 그 인증서만 신뢰합니다(SHA-256, AB:CD:…).
  metrics add NAME --cluster C --via-api-server [--service NS/NAME:PORT]
              [--alertmanager AM_URL]
      클러스터의 API 서버(서비스 프록시)를 거쳐 클러스터의 자격 증명으로 접속하는
      Prometheus. --service가 없으면 Prometheus 서비스를 자동으로 찾습니다.
  --alertmanager AM_URL: 함께 쓰는 Alertmanager. Prometheus URL과 같은 자격 증명, CA,
      --insecure로 접속합니다(API 서버 경유 시에는 자격 증명 없이).
  metrics edit NAME [--url URL] [--auth none|basic|bearer] [--user U] [--ca FILE]
              [--insecure] [--pin SHA256] [--secret-stdin] [--service NS/NAME:PORT]
              [--alertmanager AM_URL]
      저장된 엔드포인트를 변경합니다. 지정한 옵션이 저장된 값을 대체하고 나머지(경로와
      클러스터 포함)는 그대로 유지됩니다. add와 같은 방법으로 암호나 토큰을 주면 볼트의
      값을 대체하고, 주지 않으면 유지합니다. --alertmanager=(빈 값)는 Alertmanager를 제거합니다.
  metrics list [--json]
  metrics test NAME [--json]      /-/ready와 /api/v1/status/buildinfo, Alertmanager의
                                  /api/v2/status 확인, 실패 시 종료 코드 1
  metrics remove NAME</translation>
    </message>
    <message>
        <source>metrics edit needs one NAME</source>
        <translation>metrics edit에는 NAME이 하나 필요합니다</translation>
    </message>
    <message>
        <source>metrics edit keeps the route and the cluster: remove the endpoint and add it again to change them</source>
        <translation>metrics edit는 경로와 클러스터를 바꾸지 않습니다. 바꾸려면 엔드포인트를 제거하고 다시 추가하십시오</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1을(를) 변경했습니다</translation>
    </message>
</context>
<context>
    <name>fd::cli::Deploy</name>
    <message>
        <source>The runtime %1 is not in the catalog; use one of: %2.</source>
        <translation>런타임 %1이(가) 카탈로그에 없습니다. 다음 중 하나를 쓰십시오: %2.</translation>
    </message>
    <message>
        <source>No deployment named %1 is recorded; `deploy list` shows them.</source>
        <translation>%1 이름으로 기록된 배포가 없습니다. `deploy list`로 배포 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The runtime %1 is not in the catalog any more.</source>
        <translation>런타임 %1이(가) 더 이상 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no endpoint yet (%2); wait until it is ready or pass --endpoint.</source>
        <translation>%1에 아직 엔드포인트가 없습니다(%2). 준비될 때까지 기다리거나 --endpoint를 지정하십시오.</translation>
    </message>
    <message>
        <source>No cluster named %1 is registered.</source>
        <translation>%1 이름으로 등록된 클러스터가 없습니다.</translation>
    </message>
    <message>
        <source>The control plane did not answer in time, so the failovers are unknown; try again.</source>
        <translation>컨트롤 플레인이 제때 응답하지 않아 페일오버 내역을 알 수 없습니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>fd::cli::Kube</name>
    <message>
        <source>The kubeconfig sets no current context; pass --context.</source>
        <translation>kubeconfig에 현재 컨텍스트가 설정되어 있지 않습니다. --context를 지정하십시오.</translation>
    </message>
    <message>
        <source>The kubeconfig has no context named “%1”.</source>
        <translation>kubeconfig에 “%1” 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>--kubeconfig needs a file</source>
        <translation>--kubeconfig에는 파일을 지정해야 합니다</translation>
    </message>
    <message>
        <source>--context needs a name</source>
        <translation>--context에는 이름을 지정해야 합니다</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>하위 명령이 없습니다</translation>
    </message>
    <message>
        <source>unknown subcommand %1</source>
        <translation>알 수 없는 하위 명령 %1</translation>
    </message>
</context>
<context>
    <name>fd::cli::Kubeconfig</name>
    <message>
        <source>unknown option or missing value: %1</source>
        <translation>알 수 없는 옵션이거나 값이 없습니다: %1</translation>
    </message>
    <message>
        <source>export needs -o OUT</source>
        <translation>export에는 -o OUT을 지정해야 합니다</translation>
    </message>
    <message>
        <source>The kubeconfig sets no current context; name one with --context.</source>
        <translation>kubeconfig에 현재 컨텍스트가 설정되어 있지 않습니다. --context로 지정하십시오.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; is not defined in the kubeconfig.</source>
        <translation>컨텍스트 &quot;%1&quot;이(가) kubeconfig에 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>하위 명령이 없습니다</translation>
    </message>
    <message>
        <source>unknown subcommand %1</source>
        <translation>알 수 없는 하위 명령 %1</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
</context>
<context>
    <name>fd::cli::Metrics</name>
    <message>
        <source>There is no registered cluster named “%1”; `cluster list` shows the ones there are.</source>
        <translation>“%1”(이)라는 등록된 클러스터가 없습니다. `cluster list`로 등록된 클러스터를 확인하십시오.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read; check the path.</source>
        <translation>CA 파일 %1을(를) 읽을 수 없습니다. 경로를 확인하십시오.</translation>
    </message>
    <message>
        <source>The password or token is missing: set FLEETDECK_PROMETHEUS_SECRET or pass --secret-stdin with it on a line of stdin.</source>
        <translation>비밀번호나 토큰이 없습니다. FLEETDECK_PROMETHEUS_SECRET을 설정하거나, --secret-stdin을 지정하고 표준 입력의 한 줄에 넣으십시오.</translation>
    </message>
    <message>
        <source>There is no Prometheus endpoint named “%1”; `metrics list` shows the ones there are.</source>
        <translation>“%1”(이)라는 Prometheus 엔드포인트가 없습니다. `metrics list`로 등록된 엔드포인트를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::deploy</name>
    <message>
        <source>The runtime file %1 was skipped: line %2: %3.</source>
        <translation>런타임 파일 %1을(를) 건너뛰었습니다: %2번째 줄: %3.</translation>
    </message>
    <message>
        <source>The runtime file %1 was skipped: %2.</source>
        <translation>런타임 파일 %1을(를) 건너뛰었습니다: %2.</translation>
    </message>
    <message>
        <source>the runtime id &quot;%1&quot; is already defined by %2</source>
        <translation>런타임 ID &quot;%1&quot;은(는) 이미 %2에 정의되어 있습니다</translation>
    </message>
    <message>
        <source>there is no runtime &quot;%1&quot; to add presets to</source>
        <translation>프리셋을 추가할 런타임 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the runtime &quot;%1&quot; already has a preset &quot;%2&quot;</source>
        <translation>런타임 &quot;%1&quot;에 이미 프리셋 &quot;%2&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>파일이 1 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: expected a mapping of keys</source>
        <translation>%1: 키 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>%1: a key must be plain text</source>
        <translation>%1: 키는 일반 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>%1: unknown key %2 (expected one of: %3)</source>
        <translation>%1: 알 수 없는 키 %2 (가능한 키: %3)</translation>
    </message>
    <message>
        <source>%1: the key %2 appears twice</source>
        <translation>%1: 키 %2이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>%1: the key %2 is required</source>
        <translation>%1: 키 %2이(가) 필요합니다</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>%1: expected a number</source>
        <translation>%1: 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3…%4</source>
        <translation>%1: %2은(는) %3…%4 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1.key: %2 is not a valid setting key (a letter, then letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;)</source>
        <translation>%1.key: %2은(는) 올바른 설정 키가 아닙니다(영문자로 시작하고 영문자, 숫자, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;만 사용)</translation>
    </message>
    <message>
        <source>%1.type: %2 is not one of int, float, bool, enum, string, duration</source>
        <translation>%1.type: %2은(는) int, float, bool, enum, string, duration 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>%1.%2: only int and float settings have a range</source>
        <translation>%1.%2: 범위는 int와 float 설정에만 있습니다</translation>
    </message>
    <message>
        <source>%1: max is below min</source>
        <translation>%1: max가 min보다 작습니다</translation>
    </message>
    <message>
        <source>%1.choices: only enum settings have choices</source>
        <translation>%1.choices: 선택지는 enum 설정에만 있습니다</translation>
    </message>
    <message>
        <source>%1: an enum setting needs choices</source>
        <translation>%1: enum 설정에는 choices가 필요합니다</translation>
    </message>
    <message>
        <source>%1.pattern: only string settings have a pattern</source>
        <translation>%1.pattern: 패턴은 string 설정에만 있습니다</translation>
    </message>
    <message>
        <source>%1.pattern: not a valid regular expression</source>
        <translation>%1.pattern: 올바른 정규 표현식이 아닙니다</translation>
    </message>
    <message>
        <source>%1.%2: %3 is not a valid name</source>
        <translation>%1.%2: %3은(는) 올바른 이름이 아닙니다</translation>
    </message>
    <message>
        <source>%1: say how the setting is passed with exactly one of arg, env or requestOption</source>
        <translation>%1: 설정을 전달하는 방법을 arg, env, requestOption 중 정확히 하나로 지정하십시오</translation>
    </message>
    <message>
        <source>%1.role: %2 is not a known role</source>
        <translation>%1.role: %2은(는) 알 수 없는 역할입니다</translation>
    </message>
    <message>
        <source>%1.id: %2 is not a valid id (lowercase letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, at most 63)</source>
        <translation>%1.id: %2은(는) 올바른 ID가 아닙니다(영문 소문자, 숫자, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;, 최대 63자)</translation>
    </message>
    <message>
        <source>%1.parameters: %2 is not a parameter count such as 8B or 500M</source>
        <translation>%1.parameters: %2은(는) 8B나 500M 같은 파라미터 수가 아닙니다</translation>
    </message>
    <message>
        <source>%1.fileSize: %2 is not a size such as 16GB or 4.9GiB</source>
        <translation>%1.fileSize: %2은(는) 16GB나 4.9GiB 같은 크기가 아닙니다</translation>
    </message>
    <message>
        <source>presets: expected a list</source>
        <translation>presets: 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1: the preset id %2 is used twice</source>
        <translation>%1: 프리셋 ID %2이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>env: expected a list</source>
        <translation>env: 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1.name: %2 is not a valid variable name</source>
        <translation>%1.name: %2은(는) 올바른 변수 이름이 아닙니다</translation>
    </message>
    <message>
        <source>health.%1: %2 is not an HTTP path (it starts with &quot;/&quot;)</source>
        <translation>health.%1: %2은(는) HTTP 경로가 아닙니다(&quot;/&quot;로 시작해야 함)</translation>
    </message>
    <message>
        <source>health.loading: %1 is not one of refused, unavailable503, notReady</source>
        <translation>health.loading: %1은(는) refused, unavailable503, notReady 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>health: loading notReady needs readyExec or readyPath</source>
        <translation>health: loading notReady에는 readyExec 또는 readyPath가 필요합니다</translation>
    </message>
    <message>
        <source>gpu.count: a runtime that requires GPUs needs at least one</source>
        <translation>gpu.count: GPU가 필요한 런타임은 GPU가 최소 1개 필요합니다</translation>
    </message>
    <message>
        <source>model.storePath: %1 is not an absolute directory in the container</source>
        <translation>model.storePath: %1은(는) 컨테이너 안의 절대 경로 디렉터리가 아닙니다</translation>
    </message>
    <message>
        <source>settings: expected a list</source>
        <translation>settings: 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1: the key %2 is used twice</source>
        <translation>%1: 키 %2이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>%1: %2 is already set by another setting</source>
        <translation>%1: %2은(는) 이미 다른 설정이 지정합니다</translation>
    </message>
    <message>
        <source>%1: another setting already has the role %2</source>
        <translation>%1: 다른 설정이 이미 역할 %2을(를) 가지고 있습니다</translation>
    </message>
    <message>
        <source>id: %1 is not a valid runtime id (lowercase letters, digits and &quot;-&quot;, at most 63)</source>
        <translation>id: %1은(는) 올바른 런타임 ID가 아닙니다(영문 소문자, 숫자, &quot;-&quot;, 최대 63자)</translation>
    </message>
    <message>
        <source>api: %1 is not one of openai, ollama</source>
        <translation>api: %1은(는) openai, ollama 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>chatPath: %1 is not an HTTP path (it starts with &quot;/&quot;)</source>
        <translation>chatPath: %1은(는) HTTP 경로가 아닙니다(&quot;/&quot;로 시작해야 함)</translation>
    </message>
    <message>
        <source>image: %1 is not an image reference such as registry/repository:tag</source>
        <translation>image: %1은(는) registry/repository:tag 같은 이미지 참조가 아닙니다</translation>
    </message>
    <message>
        <source>startupScript: the command must run /fleetdeck/start.sh</source>
        <translation>startupScript: 명령이 /fleetdeck/start.sh를 실행해야 합니다</translation>
    </message>
    <message>
        <source>model: the runtime never receives the model (no model.args and no {{model}} in env)</source>
        <translation>model: 런타임에 모델이 전달되지 않습니다(model.args가 없고 env에도 {{model}}이 없음)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <source>expected a runtime (id: …) or presets for one (runtime: …)</source>
        <translation>런타임(id: …)이나 런타임용 프리셋(runtime: …)이어야 합니다</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address of a model server.</source>
        <translation>%1은(는) 모델 서버의 http:// 또는 https:// 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The prompt was cancelled.</source>
        <translation>프롬프트를 취소했습니다.</translation>
    </message>
    <message>
        <source>The answer grew beyond %1 MiB and was stopped; the text so far is kept.</source>
        <translation>응답이 %1 MiB를 넘어 중단했습니다. 지금까지 받은 텍스트는 유지됩니다.</translation>
    </message>
    <message>
        <source>The model server reported an error in the middle of the answer; the text so far is kept.</source>
        <translation>모델 서버가 응답 도중 오류를 보고했습니다. 지금까지 받은 텍스트는 유지됩니다.</translation>
    </message>
    <message>
        <source>The model server reported an error: %1. The text so far is kept.</source>
        <translation>모델 서버가 오류를 보고했습니다: %1. 지금까지 받은 텍스트는 유지됩니다.</translation>
    </message>
    <message>
        <source>The model server sent a chunk that is not valid for its protocol, so the answer was stopped; the text so far is kept.</source>
        <translation>모델 서버가 프로토콜에 맞지 않는 청크를 보내 응답을 중단했습니다. 지금까지 받은 텍스트는 유지됩니다.</translation>
    </message>
    <message>
        <source>The model server ended the answer before saying it was complete; the text so far is kept.</source>
        <translation>모델 서버가 완료를 알리기 전에 응답을 끝냈습니다. 지금까지 받은 텍스트는 유지됩니다.</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1; check that the deployment is ready and the model name is right.</source>
        <translation>모델 서버가 HTTP %1로 응답했습니다. 배포가 준비되었는지, 모델 이름이 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The model server answered HTTP %1: %2</source>
        <translation>모델 서버가 HTTP %1로 응답했습니다: %2</translation>
    </message>
    <message>
        <source>The connection to the model server broke in the middle of the answer; the text so far is kept.</source>
        <translation>응답 도중 모델 서버와의 연결이 끊겼습니다. 지금까지 받은 텍스트는 유지됩니다.</translation>
    </message>
    <message>
        <source>The model server stopped sending for %1 s in the middle of the answer; the text so far is kept.</source>
        <translation>응답 도중 모델 서버가 %1초 동안 아무것도 보내지 않았습니다. 지금까지 받은 텍스트는 유지됩니다.</translation>
    </message>
    <message>
        <source>The model server sent nothing for %1 s; it may still be loading the model, try again later.</source>
        <translation>모델 서버가 %1초 동안 아무것도 보내지 않았습니다. 아직 모델을 적재하는 중일 수 있으니 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>a line of the answer is longer than 4 MiB</source>
        <translation>응답의 한 줄이 4 MiB보다 깁니다</translation>
    </message>
    <message>
        <source>an event of the answer is longer than 4 MiB</source>
        <translation>응답의 이벤트 하나가 4 MiB보다 깁니다</translation>
    </message>
    <message>
        <source>an event is not a JSON object (%1 at byte %2)</source>
        <translation>이벤트가 JSON 객체가 아닙니다(%2번째 바이트에서 %1)</translation>
    </message>
    <message>
        <source>a line is not a JSON object (%1 at byte %2)</source>
        <translation>줄이 JSON 객체가 아닙니다(%2번째 바이트에서 %1)</translation>
    </message>
    <message>
        <source>not Ready</source>
        <translation>Ready 상태가 아님</translation>
    </message>
    <message>
        <source>cordoned</source>
        <translation>스케줄링 중지(cordon)됨</translation>
    </message>
    <message>
        <source>tainted %1</source>
        <translation>테인트 %1이(가) 있음</translation>
    </message>
    <message>
        <source>No GPU is requested, so there is no GPU fit to check.</source>
        <translation>GPU를 요청하지 않았으므로 GPU 적합성 검사가 필요 없습니다.</translation>
    </message>
    <message>
        <source>unlabelled GPUs</source>
        <translation>레이블 없는 GPU</translation>
    </message>
    <message>
        <source>No node offers %1 (no GPU is partitioned into that MIG profile).</source>
        <translation>%1을(를) 제공하는 노드가 없습니다(이 MIG 프로필로 분할된 GPU가 없음).</translation>
    </message>
    <message>
        <source>No node offers NVIDIA GPUs: the cluster has no GPU nodes, or the NVIDIA device plugin is not running on them.</source>
        <translation>NVIDIA GPU를 제공하는 노드가 없습니다. 클러스터에 GPU 노드가 없거나 NVIDIA 디바이스 플러그인이 실행되고 있지 않습니다.</translation>
    </message>
    <message>
        <source>No node has %1 GPUs; the cluster has %2.</source>
        <translation>%1 GPU가 있는 노드가 없습니다. 클러스터에 있는 GPU: %2.</translation>
    </message>
    <message>
        <source>No node with %1 GPUs can take the pod: the best, %2, is %3.</source>
        <translation>%1 GPU가 있는 노드 중 파드를 받을 수 있는 노드가 없습니다. 가장 적합한 노드 %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>No node has %n free %1 GPU(s) for a replica; the best, %2, has %3 of %4 free.</source>
        <translation>
            <numerusform>복제본 하나에 필요한 빈 %1 GPU %n개를 가진 노드가 없습니다. 가장 적합한 %2에는 %4개 중 %3개가 비어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model needs about %1 of GPU memory, but %n GPU(s) on %2 offer %3; use more GPUs, a shorter context or a smaller quantisation.</source>
        <translation>
            <numerusform>모델에 약 %1의 GPU 메모리가 필요하지만 %2의 GPU %n개는 %3만 제공합니다. GPU를 늘리거나 컨텍스트를 줄이거나 더 작은 양자화를 쓰십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of %2 replicas fit; the best node, %3, has %4 free %5 GPUs.</source>
        <translation>복제본 %2개 중 %1개만 들어갑니다. 가장 적합한 노드 %3에는 빈 %5 GPU가 %4개 있습니다.</translation>
    </message>
    <message>
        <source>%1 has %2 free %3 GPUs; the model needs about %4 of the %5 they offer.</source>
        <translation>%1에 빈 %3 GPU가 %2개 있습니다. 모델에는 이 GPU들이 제공하는 %5 중 약 %4가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 has %2 free %3 GPUs (their memory is unknown, so the model&apos;s size was not checked).</source>
        <translation>%1에 빈 %3 GPU가 %2개 있습니다(GPU 메모리를 알 수 없어 모델 크기는 확인하지 않았습니다).</translation>
    </message>
    <message>
        <source>The model store size %1 is not a size such as 100Gi.</source>
        <translation>모델 저장소 크기 %1은(는) 100Gi 같은 크기가 아닙니다.</translation>
    </message>
    <message>
        <source>The model store (%1) is smaller than the model (%2); the download will not fit.</source>
        <translation>모델 저장소(%1)가 모델(%2)보다 작아 다운로드가 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>The storage class %1 is not a valid name.</source>
        <translation>스토리지 클래스 %1은(는) 올바른 이름이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n replicas share one new model store, so it is requested ReadWriteMany; the storage class must support that.</source>
        <translation>
            <numerusform>복제본 %n개가 새 모델 저장소 하나를 함께 쓰므로 ReadWriteMany로 요청합니다. 스토리지 클래스가 이를 지원해야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model store is an emptyDir: every restart of a pod downloads the model again.</source>
        <translation>모델 저장소가 emptyDir이므로 파드가 다시 시작할 때마다 모델을 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>Name the existing volume claim for the model store (a valid claim name, not %1).</source>
        <translation>모델 저장소로 쓸 기존 볼륨 클레임의 이름을 지정하십시오(%1은(는) 올바른 클레임 이름이 아님).</translation>
    </message>
    <message>
        <source>Give the NFS server of the model store as a host name or address.</source>
        <translation>모델 저장소의 NFS 서버를 호스트 이름이나 주소로 지정하십시오.</translation>
    </message>
    <message>
        <source>Give the NFS export of the model store as an absolute path (it starts with &quot;/&quot;).</source>
        <translation>모델 저장소의 NFS 익스포트를 절대 경로(&quot;/&quot;로 시작)로 지정하십시오.</translation>
    </message>
    <message>
        <source>Give the node directory of the model store as an absolute path other than &quot;/&quot;.</source>
        <translation>모델 저장소로 쓸 노드 디렉터리를 &quot;/&quot;가 아닌 절대 경로로 지정하십시오.</translation>
    </message>
    <message>
        <source>A hostPath model store is one node&apos;s disk: a pod that starts on another node finds no model there.</source>
        <translation>hostPath 모델 저장소는 한 노드의 디스크입니다. 다른 노드에서 시작한 파드는 그곳에서 모델을 찾지 못합니다.</translation>
    </message>
    <message>
        <source>The model store&apos;s sub-directory must be a relative path without &quot;..&quot;.</source>
        <translation>모델 저장소의 하위 디렉터리는 &quot;..&quot;이 없는 상대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>The model store is read-only: the model must already be on it, nothing can be downloaded.</source>
        <translation>모델 저장소가 읽기 전용이므로 모델이 이미 그 안에 있어야 하며, 아무것도 내려받을 수 없습니다.</translation>
    </message>
    <message>
        <source>A new model store starts empty, so it cannot be read-only.</source>
        <translation>새 모델 저장소는 비어 있는 상태로 시작하므로 읽기 전용일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 GPUs per replica is more than a node has; use at most 64.</source>
        <translation>복제본당 GPU %1개는 노드 하나가 가진 것보다 많습니다. 최대 64개를 쓰십시오.</translation>
    </message>
    <message>
        <source>%1 is not a MIG profile such as 1g.10gb or 3g.40gb.</source>
        <translation>%1은(는) 1g.10gb나 3g.40gb 같은 MIG 프로필이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 cannot run on a MIG slice; choose whole GPUs.</source>
        <translation>%1은(는) MIG 슬라이스에서 실행할 수 없습니다. 전체 GPU를 선택하십시오.</translation>
    </message>
    <message>
        <source>A replica uses one MIG slice (a process sees only one); choose whole GPUs for more.</source>
        <translation>복제본 하나는 MIG 슬라이스 하나를 씁니다(프로세스는 하나만 볼 수 있음). 더 필요하면 전체 GPU를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 needs at least one GPU.</source>
        <translation>%1에는 GPU가 최소 1개 필요합니다.</translation>
    </message>
    <message>
        <source>No GPU is requested: %1 runs on the CPU, many times slower.</source>
        <translation>GPU를 요청하지 않았습니다. %1이(가) CPU에서 실행되어 몇 배 느립니다.</translation>
    </message>
    <message>
        <source>%1 is not a GPU model Fleetdeck knows, nor a GPU product label value such as NVIDIA-H100-80GB-HBM3.</source>
        <translation>%1은(는) Fleetdeck이 아는 GPU 모델도, NVIDIA-H100-80GB-HBM3 같은 GPU 제품 레이블 값도 아닙니다.</translation>
    </message>
    <message>
        <source>A GPU model is chosen but no GPU is requested; request at least one GPU or clear the GPU model.</source>
        <translation>GPU 모델을 선택했지만 GPU를 요청하지 않았습니다. GPU를 1개 이상 요청하거나 GPU 모델 선택을 지우십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The setting %1 is %2 but each replica has %n GPU(s); it must divide the GPU count.</source>
        <translation>
            <numerusform>설정 %1이(가) %2이지만 복제본마다 GPU가 %n개이므로, 이 값은 GPU 수의 약수여야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CPU request %1 is not a CPU amount such as 4 or 500m.</source>
        <translation>CPU 요청 %1은(는) 4나 500m 같은 CPU 양이 아닙니다.</translation>
    </message>
    <message>
        <source>The CPU limit %1 must be a CPU amount at least the request (%2).</source>
        <translation>CPU 제한 %1은(는) 요청(%2) 이상인 CPU 양이어야 합니다.</translation>
    </message>
    <message>
        <source>The memory request %1 is not a size such as 16Gi.</source>
        <translation>메모리 요청 %1은(는) 16Gi 같은 크기가 아닙니다.</translation>
    </message>
    <message>
        <source>The memory limit %1 must be a size at least the request (%2).</source>
        <translation>메모리 제한 %1은(는) 요청(%2) 이상인 크기여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not an image reference such as registry/repository:tag.</source>
        <translation>%1은(는) registry/repository:tag 같은 이미지 참조가 아닙니다.</translation>
    </message>
    <message>
        <source>The registry mirror %1 is not a registry such as harbor.example.com/proxy.</source>
        <translation>레지스트리 미러 %1은(는) harbor.example.com/proxy 같은 레지스트리가 아닙니다.</translation>
    </message>
    <message>
        <source>The image pull secret %1 is not a valid secret name.</source>
        <translation>이미지 풀 시크릿 %1은(는) 올바른 시크릿 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The deployment asks for the runtime %1 but was given %2.</source>
        <translation>배포가 런타임 %1을(를) 요청했지만 %2이(가) 주어졌습니다.</translation>
    </message>
    <message>
        <source>Choose a model: %1.</source>
        <translation>모델을 선택하십시오: %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid namespace name.</source>
        <translation>%1은(는) 올바른 네임스페이스 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid deployment name (lowercase letters, digits and &quot;-&quot;, starting with a letter, at most 63); for example %2.</source>
        <translation>%1은(는) 올바른 배포 이름이 아닙니다(영문자로 시작하는 영문 소문자, 숫자, &quot;-&quot;, 최대 63자). 예: %2.</translation>
    </message>
    <message>
        <source>A deployment named %1 already exists there; choose another name, for example %2.</source>
        <translation>%1 이름의 배포가 이미 있습니다. 다른 이름을 선택하십시오. 예: %2.</translation>
    </message>
    <message>
        <source>Choose between 0 and 64 replicas.</source>
        <translation>복제본 수는 0에서 64 사이로 선택하십시오.</translation>
    </message>
    <message>
        <source>The node port %1 is outside the cluster&apos;s usual range 30000–32767; leave it empty to let the cluster choose.</source>
        <translation>노드 포트 %1이(가) 클러스터의 일반 범위 30000–32767을 벗어납니다. 비워 두면 클러스터가 선택합니다.</translation>
    </message>
    <message>
        <source>Choose a placement strategy for the Karmada target.</source>
        <translation>Karmada 대상에 쓸 배치 전략을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a valid resource profile name.</source>
        <translation>%1은(는) 올바른 리소스 프로필 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The context length %1 is longer than the model&apos;s own maximum (%2); the server may refuse to start.</source>
        <translation>컨텍스트 길이 %1이(가) 모델 자체의 최댓값(%2)보다 깁니다. 서버가 시작하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 (%3 tokens × %4) + overhead %5</source>
        <translation>가중치 %1 + KV 캐시 %2(%3 토큰 × %4) + 오버헤드 %5</translation>
    </message>
    <message>
        <source>the model name is empty</source>
        <translation>모델 이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the model name is longer than 512 characters</source>
        <translation>모델 이름이 512자보다 깁니다</translation>
    </message>
    <message>
        <source>the model name contains a space or a control character</source>
        <translation>모델 이름에 공백이나 제어 문자가 있습니다</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1은(는) %2에서 %3 사이가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1은(는) 최솟값 %2보다 작습니다</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1은(는) 최댓값 %2보다 큽니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot;은(는) true나 false가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot;은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>the value must be one line of at most 4096 characters</source>
        <translation>값은 4096자 이하의 한 줄이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the expected form</source>
        <translation>&quot;%1&quot;의 형식이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 30s, 5m, 1h or -1</source>
        <translation>&quot;%1&quot;은(는) 30s, 5m, 1h, -1 같은 기간이 아닙니다</translation>
    </message>
    <message>
        <source>unsupported setting type</source>
        <translation>지원하지 않는 설정 형식</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting; write it as key=value, for example maxModelLen=8192.</source>
        <translation>&quot;%1&quot;은(는) 설정이 아닙니다. maxModelLen=8192처럼 key=value 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;; its settings are: %3.</source>
        <translation>%1에는 &quot;%2&quot; 설정이 없습니다. 사용할 수 있는 설정: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The setting %1 (%2): %3. Change the value and try again.</source>
        <translation>설정 %1(%2): %3. 값을 바꾼 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;{{%1}}&quot; (allowed here: %2)</source>
        <translation>알 수 없는 자리 표시자 &quot;{{%1}}&quot; (여기서 쓸 수 있는 것: %2)</translation>
    </message>
    <message>
        <source>&quot;{{&quot; without a closing &quot;}}&quot;</source>
        <translation>&quot;{{&quot; 뒤에 닫는 &quot;}}&quot;가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>The model server keeps crashing (CrashLoopBackOff, %n restart(s)); its log says why. Last event: %1</source>
        <translation>
            <numerusform>모델 서버가 계속 비정상 종료됩니다(CrashLoopBackOff, 재시작 %n회). 원인은 로그에 있습니다. 마지막 이벤트: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The image cannot be pulled (%1): %2</source>
        <translation>이미지를 가져올 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>The container cannot start (%1): %2</source>
        <translation>컨테이너를 시작할 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>Waiting for free GPUs: %1</source>
        <translation>빈 GPU를 기다리는 중: %1</translation>
    </message>
    <message>
        <source>No node can take the pod: %1</source>
        <translation>파드를 받을 수 있는 노드가 없습니다: %1</translation>
    </message>
    <message>
        <source>Pulling the image: %1</source>
        <translation>이미지를 가져오는 중: %1</translation>
    </message>
    <message>
        <source>The pod is scheduled and its containers are being created.</source>
        <translation>파드가 배치되었고 컨테이너를 만드는 중입니다.</translation>
    </message>
    <message>
        <source>The server is starting and loading the model.</source>
        <translation>서버가 시작하며 모델을 적재하는 중입니다.</translation>
    </message>
    <message>
        <source>Loading the model: %1</source>
        <translation>모델 적재 중: %1</translation>
    </message>
    <message>
        <source>A pod failed; its events and log say why.</source>
        <translation>파드가 실패했습니다. 원인은 이벤트와 로그에 있습니다.</translation>
    </message>
    <message>
        <source>Scaled down to zero replicas.</source>
        <translation>복제본 0개로 축소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>All %n replica(s) are ready.</source>
        <translation>
            <numerusform>복제본 %n개가 모두 준비되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pods cannot be created: %1</source>
        <translation>파드를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Waiting for the pods to be created.</source>
        <translation>파드가 만들어지기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>%1 of %2 replicas are ready. %3</source>
        <translation>복제본 %2개 중 %1개가 준비되었습니다. %3</translation>
    </message>
    <message>
        <source>A deployment named %1 is already recorded; choose another name.</source>
        <translation>%1 이름의 배포가 이미 기록되어 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the cluster to deploy to.</source>
        <translation>배포할 클러스터를 선택하십시오.</translation>
    </message>
    <message>
        <source>No cluster named %1 is registered; import it first or pick another.</source>
        <translation>%1 이름으로 등록된 클러스터가 없습니다. 먼저 가져오거나 다른 클러스터를 선택하십시오.</translation>
    </message>
    <message>
        <source>A Karmada deployment needs a placement strategy; pick one.</source>
        <translation>Karmada 배포에는 배치 전략이 필요합니다. 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>No Karmada control plane is registered; mark the karmada-apiserver&apos;s cluster as the control plane first.</source>
        <translation>등록된 Karmada 컨트롤 플레인이 없습니다. 먼저 karmada-apiserver 클러스터를 컨트롤 플레인으로 지정하십시오.</translation>
    </message>
    <message>
        <source>Several Karmada control planes are registered; name the one to use with the cluster.</source>
        <translation>Karmada 컨트롤 플레인이 여러 개 등록되어 있습니다. 사용할 컨트롤 플레인을 클러스터로 지정하십시오.</translation>
    </message>
    <message>
        <source>The runtime %1 is not in the catalog; use one of the runtimes it lists.</source>
        <translation>런타임 %1이(가) 카탈로그에 없습니다. 카탈로그에 있는 런타임 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>Fleetdeck cannot apply objects of kind %1.</source>
        <translation>Fleetdeck은 %1 종류의 객체를 적용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1/%2 was refused: %3</source>
        <translation>%1/%2이(가) 거부되었습니다: %3</translation>
    </message>
    <message>
        <source>%1 was applied but could not be recorded: %2</source>
        <translation>%1을(를) 적용했지만 기록하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>No deployment named %1 is recorded; `deploy list` shows them.</source>
        <translation>%1 이름으로 기록된 배포가 없습니다. `deploy list`로 배포 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading the status from the cluster…</source>
        <translation>클러스터에서 상태를 읽는 중…</translation>
    </message>
    <message>
        <source>The Deployment %1 is not on the cluster; it was removed there, or Karmada has not placed it yet.</source>
        <translation>Deployment %1이(가) 클러스터에 없습니다. 클러스터에서 삭제되었거나 Karmada가 아직 배치하지 않았습니다.</translation>
    </message>
    <message>
        <source>No member cluster of the control plane is registered in Fleetdeck, so its status cannot be read; import the member clusters.</source>
        <translation>컨트롤 플레인의 멤버 클러스터가 Fleetdeck에 등록되어 있지 않아 상태를 읽을 수 없습니다. 멤버 클러스터를 가져오십시오.</translation>
    </message>
    <message>
        <source>model size</source>
        <translation>모델 크기</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 종류</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>No placement strategy&apos;s rules match this deployment and no strategy is the default; pick a strategy or make one the default on the Policies page.</source>
        <translation>이 배포에 맞는 배치 전략 규칙이 없고 기본 전략도 없습니다. 전략을 직접 고르거나 정책 페이지에서 기본 전략을 지정하세요.</translation>
    </message>
    <message>
        <source>The default strategy: no strategy&apos;s rules match this deployment.</source>
        <translation>기본 전략: 이 배포에 맞는 전략 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>Chosen by rule: %1.</source>
        <translation>규칙에 따라 선택됨: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 그리고 </translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>중 하나</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>중 어느 것도 아님</translation>
    </message>
    <message>
        <source>No placement strategy named %1 exists, and none is defined; create one on the Policies page or with policy apply.</source>
        <translation>%1(이)라는 배치 전략이 없고 정의된 전략도 없습니다. 정책 페이지나 policy apply로 전략을 만드세요.</translation>
    </message>
    <message>
        <source>No placement strategy named %1 exists; use one of: %2.</source>
        <translation>%1(이)라는 배치 전략이 없습니다. 다음 중 하나를 사용하세요: %2.</translation>
    </message>
    <message>
        <source>No resource profile named %1 exists, and none is defined; create one on the Policies page or with policy apply.</source>
        <translation>%1(이)라는 리소스 프로필이 없고 정의된 프로필도 없습니다. 정책 페이지나 policy apply로 프로필을 만드세요.</translation>
    </message>
    <message>
        <source>No resource profile named %1 exists; use one of: %2.</source>
        <translation>%1(이)라는 리소스 프로필이 없습니다. 다음 중 하나를 사용하세요: %2.</translation>
    </message>
</context>
<context>
    <name>fd::kube</name>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>%1 파일 %2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>인증 기관(CA)</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>The auth-provider “%1” was removed from Kubernetes clients; switch the kubeconfig to its exec credential plugin (for example gke-gcloud-auth-plugin or kubelogin).</source>
        <translation>auth-provider “%1”은(는) Kubernetes 클라이언트에서 제거되었습니다. kubeconfig를 해당 exec 자격 증명 플러그인(예: gke-gcloud-auth-plugin, kubelogin)으로 전환하십시오.</translation>
    </message>
    <message>
        <source>identity provider certificate authority</source>
        <translation>ID 공급자 인증 기관</translation>
    </message>
    <message>
        <source>The OIDC login for this cluster expired and could not be renewed at %1 (%2); log in again and re-import the kubeconfig.</source>
        <translation>이 클러스터의 OIDC 로그인이 만료되었고 %1에서 갱신하지 못했습니다(%2). 다시 로그인한 뒤 kubeconfig를 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>no issuer</source>
        <translation>발급자 없음</translation>
    </message>
    <message>
        <source>the kubeconfig has no refresh token</source>
        <translation>kubeconfig에 갱신 토큰이 없습니다</translation>
    </message>
    <message>
        <source>its discovery document names no token endpoint</source>
        <translation>디스커버리 문서에 토큰 엔드포인트가 없습니다</translation>
    </message>
    <message>
        <source>the issuer answered “%1”</source>
        <translation>발급자가 “%1”(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>the answer has no id_token</source>
        <translation>응답에 id_token이 없습니다</translation>
    </message>
</context>
<context>
    <name>fd::kube::ExecCredentialProvider</name>
    <message>
        <source>The credential plugin “%1” printed no ExecCredential JSON; run it by hand to see what it prints, or update it.</source>
        <translation>자격 증명 플러그인 “%1”이(가) ExecCredential JSON을 출력하지 않았습니다. 직접 실행해 출력을 확인하거나 플러그인을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” printed JSON that is not an ExecCredential; check the plugin&apos;s version and arguments.</source>
        <translation>자격 증명 플러그인 “%1”이(가) ExecCredential이 아닌 JSON을 출력했습니다. 플러그인 버전과 인수를 확인하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” answered with API version “%2” but the kubeconfig asks for “%3”; update the kubeconfig&apos;s exec apiVersion or the plugin.</source>
        <translation>자격 증명 플러그인 “%1”이(가) API 버전 “%2”(으)로 응답했지만 kubeconfig는 “%3”을(를) 요구합니다. kubeconfig의 exec apiVersion이나 플러그인을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” printed an invalid expirationTimestamp; update the plugin.</source>
        <translation>자격 증명 플러그인 “%1”이(가) 잘못된 expirationTimestamp를 출력했습니다. 플러그인을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” printed a client certificate without its key (or a key without its certificate); update the plugin.</source>
        <translation>자격 증명 플러그인 “%1”이(가) 키 없는 클라이언트 인증서(또는 인증서 없는 키)를 출력했습니다. 플러그인을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” printed neither a token nor a client certificate; run it by hand to check that you are logged in.</source>
        <translation>자격 증명 플러그인 “%1”이(가) 토큰도 클라이언트 인증서도 출력하지 않았습니다. 직접 실행해 로그인되어 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” was not found (searched %2).</source>
        <translation>자격 증명 플러그인 “%1”을(를) 찾을 수 없습니다(검색 위치: %2).</translation>
    </message>
    <message>
        <source>Install it, or set the plugin&apos;s path in this cluster&apos;s settings.</source>
        <translation>플러그인을 설치하거나 이 클러스터 설정에서 플러그인 경로를 지정하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” needs an interactive terminal to log in; log in once with kubectl in a terminal, or change the plugin&apos;s interactiveMode.</source>
        <translation>자격 증명 플러그인 “%1”은(는) 로그인에 대화형 터미널이 필요합니다. 터미널에서 kubectl로 한 번 로그인하거나 플러그인의 interactiveMode를 변경하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” could not be started: %2. Check that it is executable.</source>
        <translation>자격 증명 플러그인 “%1”을(를) 시작할 수 없습니다: %2. 실행 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” failed with exit code %2.</source>
        <translation>자격 증명 플러그인 “%1”이(가) 종료 코드 %2(으)로 실패했습니다.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” crashed or was stopped.</source>
        <translation>자격 증명 플러그인 “%1”이(가) 비정상 종료되었거나 중지되었습니다.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>플러그인 출력: %1</translation>
    </message>
    <message>
        <source>The credential plugin “%1” did not finish within %2 seconds; check that it can reach its identity provider.</source>
        <translation>자격 증명 플러그인 “%1”이(가) %2초 안에 끝나지 않았습니다. ID 공급자에 연결할 수 있는지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::kube::KubeClient</name>
    <message>
        <source>The token file %1 cannot be read (%2); check that it exists and that Fleetdeck may read it.</source>
        <translation>토큰 파일 %1을(를) 읽을 수 없습니다(%2). 파일이 있는지, Fleetdeck에 읽기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The cluster does not serve the kind %1 in %2; install its CRD or check the API version.</source>
        <translation>클러스터가 %2에서 %1 종류를 제공하지 않습니다. 해당 CRD를 설치하거나 API 버전을 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::kube::KubeError</name>
    <message>
        <source>The server&apos;s answer is not a Kubernetes API response; check that the URL points at the API server and not at a proxy or web page.</source>
        <translation>서버 응답이 Kubernetes API 응답이 아닙니다. URL이 프록시나 웹 페이지가 아니라 API 서버를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The cluster did not accept the credential; renew the token or certificate, or re-import the kubeconfig.</source>
        <translation>클러스터가 자격 증명을 받아들이지 않았습니다. 토큰이나 인증서를 갱신하거나 kubeconfig를 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>You are signed in but not allowed to do this; ask the cluster admin for the missing permission.</source>
        <translation>로그인은 되었지만 이 작업을 할 권한이 없습니다. 클러스터 관리자에게 필요한 권한을 요청하십시오.</translation>
    </message>
    <message>
        <source>The object does not exist (any more); refresh the view.</source>
        <translation>오브젝트가 없습니다(삭제되었을 수 있습니다). 화면을 새로 고치십시오.</translation>
    </message>
    <message>
        <source>The object was changed by someone else meanwhile; reload it and apply your change again.</source>
        <translation>그사이 다른 사용자가 오브젝트를 변경했습니다. 다시 불러온 뒤 변경 사항을 다시 적용하십시오.</translation>
    </message>
    <message>
        <source>An object with this name already exists; choose another name or update the existing one.</source>
        <translation>같은 이름의 오브젝트가 이미 있습니다. 다른 이름을 쓰거나 기존 오브젝트를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The cluster rejected the object as invalid; correct the fields listed and try again.</source>
        <translation>클러스터가 오브젝트를 유효하지 않다며 거부했습니다. 표시된 필드를 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The cluster is throttling requests; wait a moment and try again.</source>
        <translation>클러스터가 요청을 제한하고 있습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The data asked for has expired on the server; reload the list.</source>
        <translation>요청한 데이터가 서버에서 만료되었습니다. 목록을 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>The API server reported an internal problem; try again later or check the control plane&apos;s health.</source>
        <translation>API 서버에서 내부 문제를 보고했습니다. 나중에 다시 시도하거나 컨트롤 플레인 상태를 확인하십시오.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>fd::kube::KubeWatch</name>
    <message>
        <source>The watch stream sent an event larger than 16 MiB; reconnecting.</source>
        <translation>감시(watch) 스트림에서 16MiB보다 큰 이벤트를 보냈습니다. 다시 연결합니다.</translation>
    </message>
</context>
<context>
    <name>fd::kube::Kubeconfig</name>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist.</source>
        <translation>kubeconfig 파일 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a directory, not a kubeconfig file.</source>
        <translation>&quot;%1&quot;은(는) kubeconfig 파일이 아니라 디렉터리입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a kubeconfig (%2 MB).</source>
        <translation>&quot;%1&quot;은(는) kubeconfig로 보기에는 너무 큽니다(%2MB).</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; cannot be read: %2.</source>
        <translation>kubeconfig 파일 &quot;%1&quot;을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; is empty.</source>
        <translation>kubeconfig 파일 &quot;%1&quot;이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>The pasted text is too large to be a kubeconfig.</source>
        <translation>붙여 넣은 텍스트가 kubeconfig로 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>붙여 넣은 텍스트</translation>
    </message>
    <message>
        <source>The pasted text is empty: it contains no kubeconfig.</source>
        <translation>붙여 넣은 텍스트가 비어 있어 kubeconfig가 없습니다.</translation>
    </message>
    <message>
        <source>No kubeconfig file was given.</source>
        <translation>kubeconfig 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The kubeconfig files are all empty.</source>
        <translation>kubeconfig 파일이 모두 비어 있습니다.</translation>
    </message>
    <message>
        <source>The kubeconfig file &quot;%1&quot; does not exist; it is skipped.</source>
        <translation>kubeconfig 파일 &quot;%1&quot;이(가) 없어 건너뜁니다.</translation>
    </message>
    <message>
        <source>The kubeconfig list is empty.</source>
        <translation>kubeconfig 목록이 비어 있습니다.</translation>
    </message>
    <message>
        <source>None of the kubeconfig files in &quot;%1&quot; exists.</source>
        <translation>&quot;%1&quot;에 나열된 kubeconfig 파일이 하나도 없습니다.</translation>
    </message>
    <message>
        <source>The kubeconfig files in &quot;%1&quot; are all empty.</source>
        <translation>&quot;%1&quot;에 나열된 kubeconfig 파일이 모두 비어 있습니다.</translation>
    </message>
    <message>
        <source>the pasted kubeconfig</source>
        <translation>붙여 넣은 kubeconfig</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is defined more than once in %3; the first definition is used (kubectl refuses such a file).</source>
        <translation>%1 &quot;%2&quot;이(가) %3에 두 번 이상 정의되어 있어 첫 번째 정의를 사용합니다(kubectl은 이런 파일을 거부합니다).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>The context names no cluster.</source>
        <translation>컨텍스트에 클러스터가 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; is not defined in the kubeconfig.</source>
        <translation>클러스터 &quot;%1&quot;이(가) kubeconfig에 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The context names no user; requests will be anonymous.</source>
        <translation>컨텍스트에 사용자가 지정되어 있지 않아 요청이 익명으로 전송됩니다.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is not defined in the kubeconfig.</source>
        <translation>사용자 &quot;%1&quot;이(가) kubeconfig에 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The current context &quot;%1&quot; is not defined in the kubeconfig.</source>
        <translation>현재 컨텍스트 &quot;%1&quot;이(가) kubeconfig에 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>line 1, column 1</source>
        <translation>1행 1열</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text value (%2); it is ignored.</source>
        <translation>&quot;%1&quot;이(가) 텍스트 값이 아니므로(%2) 무시합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false (%2); it is taken as false.</source>
        <translation>&quot;%1&quot;이(가) true 또는 false가 아니므로(%2) false로 간주합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64 (%2); it is ignored.</source>
        <translation>&quot;%1&quot;이(가) 올바른 base64가 아니므로(%2) 무시합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list (%2); it is ignored.</source>
        <translation>&quot;%1&quot;이(가) 목록이 아니므로(%2) 무시합니다.</translation>
    </message>
    <message>
        <source>The relative path &quot;%1&quot; in &quot;%2&quot; cannot be resolved for a pasted kubeconfig; it is used as written.</source>
        <translation>붙여 넣은 kubeconfig에서는 &quot;%2&quot;의 상대 경로 &quot;%1&quot;을(를) 해석할 수 없어 적힌 그대로 사용합니다.</translation>
    </message>
    <message>
        <source>An exec &quot;env&quot; entry is not a mapping (%1); it is ignored.</source>
        <translation>exec &quot;env&quot; 항목이 매핑이 아니므로(%1) 무시합니다.</translation>
    </message>
    <message>
        <source>The exec &quot;env&quot; is not a list (%1); it is ignored.</source>
        <translation>exec &quot;env&quot;가 목록이 아니므로(%1) 무시합니다.</translation>
    </message>
    <message>
        <source>The auth-provider &quot;config&quot; is not a mapping (%1); it is ignored.</source>
        <translation>auth-provider &quot;config&quot;가 매핑이 아니므로(%1) 무시합니다.</translation>
    </message>
    <message>
        <source>&quot;exec&quot; is not a mapping (%1); it is ignored.</source>
        <translation>&quot;exec&quot;가 매핑이 아니므로(%1) 무시합니다.</translation>
    </message>
    <message>
        <source>&quot;auth-provider&quot; is not a mapping (%1); it is ignored.</source>
        <translation>&quot;auth-provider&quot;가 매핑이 아니므로(%1) 무시합니다.</translation>
    </message>
    <message>
        <source>Impersonation (&quot;as&quot;, &quot;as-groups&quot;) is not supported by Fleetdeck and is ignored.</source>
        <translation>Fleetdeck는 가장(impersonation, &quot;as&quot;, &quot;as-groups&quot;)을 지원하지 않으므로 무시합니다.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1s&quot; is not a mapping (%2); it is ignored.</source>
        <translation>&quot;%1s&quot;의 항목이 매핑이 아니므로(%2) 무시합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping (%2); it is ignored.</source>
        <translation>&quot;%1&quot;이(가) 매핑이 아니므로(%2) 무시합니다.</translation>
    </message>
    <message>
        <source>%1 is not a kubeconfig: %2 (%3).</source>
        <translation>%1은(는) kubeconfig가 아닙니다: %2 (%3).</translation>
    </message>
    <message>
        <source>expected a mapping with clusters, users and contexts</source>
        <translation>clusters, users, contexts가 포함된 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>it is a Kubernetes &quot;%1&quot; object</source>
        <translation>Kubernetes &quot;%1&quot; 오브젝트입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot;은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <source>it has no clusters, users or contexts</source>
        <translation>clusters, users, contexts가 하나도 없습니다</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2 at %3.</source>
        <translation>%1은(는) 올바른 YAML이 아닙니다: %3에서 %2.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist.</source>
        <translation>%1 파일 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read.</source>
        <translation>%1 파일 &quot;%2&quot;을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>The client certificate of user &quot;%1&quot; is not a PEM certificate.</source>
        <translation>사용자 &quot;%1&quot;의 클라이언트 인증서가 PEM 인증서가 아닙니다.</translation>
    </message>
    <message>
        <source>The client certificate of user &quot;%1&quot; expired on %2.</source>
        <translation>사용자 &quot;%1&quot;의 클라이언트 인증서가 %2에 만료되었습니다.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; has no command.</source>
        <translation>사용자 &quot;%1&quot;의 exec 플러그인에 command가 없습니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; uses the exec API version %2, which kubectl no longer supports since 1.24; ask for a v1 or v1beta1 plugin configuration.</source>
        <translation>사용자 &quot;%1&quot;이(가) exec API 버전 %2을(를) 사용합니다. kubectl은 1.24부터 이 버전을 지원하지 않으므로 v1 또는 v1beta1 플러그인 구성을 요청하십시오.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; has no apiVersion.</source>
        <translation>사용자 &quot;%1&quot;의 exec 플러그인에 apiVersion이 없습니다.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; uses the unknown API version &quot;%2&quot;.</source>
        <translation>사용자 &quot;%1&quot;의 exec 플러그인이 알 수 없는 API 버전 &quot;%2&quot;을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; has an invalid interactiveMode &quot;%2&quot;.</source>
        <translation>사용자 &quot;%1&quot;의 exec 플러그인에 잘못된 interactiveMode &quot;%2&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; has no interactiveMode, which kubectl requires for client.authentication.k8s.io/v1.</source>
        <translation>사용자 &quot;%1&quot;의 exec 플러그인에 interactiveMode가 없습니다. kubectl은 client.authentication.k8s.io/v1에서 이 값을 요구합니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; uses the auth-provider &quot;%2&quot;, which kubectl removed in 1.26; use the exec plugin (%3) instead.</source>
        <translation>사용자 &quot;%1&quot;이(가) auth-provider &quot;%2&quot;을(를) 사용하지만 kubectl 1.26에서 제거되었습니다. 대신 exec 플러그인(%3)을 사용하십시오.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; uses the deprecated auth-provider &quot;%2&quot;; an exec plugin such as kubelogin is the supported replacement.</source>
        <translation>사용자 &quot;%1&quot;이(가) 더 이상 권장되지 않는 auth-provider &quot;%2&quot;을(를) 사용합니다. kubelogin 같은 exec 플러그인으로 대체하십시오.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no server URL.</source>
        <translation>클러스터 &quot;%1&quot;에 서버 URL이 없습니다.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; sets both certificate-authority and certificate-authority-data; the data is used.</source>
        <translation>클러스터 &quot;%1&quot;에 certificate-authority와 certificate-authority-data가 모두 설정되어 있어 data를 사용합니다.</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>인증 기관(CA)</translation>
    </message>
    <message>
        <source>The CA of cluster &quot;%1&quot; is not a PEM certificate.</source>
        <translation>클러스터 &quot;%1&quot;의 CA가 PEM 인증서가 아닙니다.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; sets insecure-skip-tls-verify together with a CA; kubectl refuses this combination.</source>
        <translation>클러스터 &quot;%1&quot;에 insecure-skip-tls-verify와 CA가 함께 설정되어 있습니다. kubectl은 이 조합을 거부합니다.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has insecure-skip-tls-verify set: the server&apos;s certificate is not verified.</source>
        <translation>클러스터 &quot;%1&quot;에 insecure-skip-tls-verify가 설정되어 있어 서버 인증서를 검증하지 않습니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; sets both client-certificate and client-certificate-data; the data is used.</source>
        <translation>사용자 &quot;%1&quot;에 client-certificate와 client-certificate-data가 모두 설정되어 있어 data를 사용합니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; sets both client-key and client-key-data; the data is used.</source>
        <translation>사용자 &quot;%1&quot;에 client-key와 client-key-data가 모두 설정되어 있어 data를 사용합니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has a client certificate but no client key.</source>
        <translation>사용자 &quot;%1&quot;에 클라이언트 인증서는 있지만 클라이언트 키가 없습니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has a client key but no client certificate.</source>
        <translation>사용자 &quot;%1&quot;에 클라이언트 키는 있지만 클라이언트 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; uses basic authentication (username and password), which Kubernetes API servers no longer accept since 1.19.</source>
        <translation>사용자 &quot;%1&quot;이(가) 기본 인증(사용자 이름과 비밀번호)을 사용합니다. Kubernetes API 서버는 1.19부터 이 방식을 받지 않습니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; sets both a token and basic authentication; kubectl refuses this combination.</source>
        <translation>사용자 &quot;%1&quot;에 토큰과 기본 인증이 함께 설정되어 있습니다. kubectl은 이 조합을 거부합니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; sets both exec and auth-provider; kubectl refuses this combination.</source>
        <translation>사용자 &quot;%1&quot;에 exec와 auth-provider가 함께 설정되어 있습니다. kubectl은 이 조합을 거부합니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; sets several credentials (%2); Fleetdeck uses %3.</source>
        <translation>사용자 &quot;%1&quot;에 자격 증명이 여러 개(%2) 설정되어 있어 Fleetdeck는 %3을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The kubeconfig could not be written: %1.</source>
        <translation>kubeconfig를 저장할 수 없습니다: %1.</translation>
    </message>
</context>
<context>
    <name>fd::kube::LabelSelector</name>
    <message>
        <source>parentheses do not match</source>
        <translation>괄호의 짝이 맞지 않습니다</translation>
    </message>
    <message>
        <source>an empty term</source>
        <translation>빈 조건이 있습니다</translation>
    </message>
    <message>
        <source>the value set is empty</source>
        <translation>값 목록이 비어 있습니다</translation>
    </message>
    <message>
        <source>“%1” is not a valid label key</source>
        <translation>“%1”은(는) 올바른 레이블 키가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a valid label value</source>
        <translation>“%1”은(는) 올바른 레이블 값이 아닙니다</translation>
    </message>
</context>
<context>
    <name>fd::metrics</name>
    <message>
        <source>&quot;%1&quot; is not a duration; write it as Prometheus does, for example 15m, 6h, 7d, 60s or 1h30m.</source>
        <translation>&quot;%1&quot;은(는) 기간 형식이 아닙니다. 15m, 6h, 7d, 60s, 1h30m처럼 Prometheus 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>GPU temperature reached %1 °C (the alert threshold is %2 °C); check the cooling of this GPU and node.</source>
        <translation>GPU 온도가 %1 °C에 이르렀습니다(경고 임계값 %2 °C). 이 GPU와 노드의 냉각을 점검하십시오.</translation>
    </message>
    <message>
        <source>GPU ran much hotter than other GPUs of its model under the same load (up to %1 °C); check its fans and airflow.</source>
        <translation>같은 부하의 같은 모델 GPU보다 훨씬 뜨거웠습니다(최고 %1 °C). 팬과 공기 흐름을 점검하십시오.</translation>
    </message>
    <message>
        <source>Power draw reached %1 W, above the board limit of %2 W; check the power capping and the power supply.</source>
        <translation>소비 전력이 보드 한도 %2 W를 넘어 %1 W에 이르렀습니다. 전력 제한 설정과 전원 공급을 점검하십시오.</translation>
    </message>
    <message>
        <source>Power draw reached %1 W, far above other GPUs of its model under the same load; check the power capping.</source>
        <translation>소비 전력이 같은 부하의 같은 모델 GPU보다 훨씬 높은 %1 W에 이르렀습니다. 전력 제한 설정을 점검하십시오.</translation>
    </message>
    <message>
        <source>Clocks were held down to protect the GPU from heat; check the cooling.</source>
        <translation>발열로부터 GPU를 보호하려고 클럭이 제한되었습니다. 냉각을 점검하십시오.</translation>
    </message>
    <message>
        <source>Clocks were held down by the power limit; the workload needs more power than the GPU may draw.</source>
        <translation>전력 한도 때문에 클럭이 제한되었습니다. 워크로드가 GPU에 허용된 것보다 많은 전력을 필요로 합니다.</translation>
    </message>
    <message>
        <source>%1 rejected the query: %2 — correct the query or its parameters and run it again.</source>
        <translation>%1이(가) 쿼리를 거부했습니다: %2 — 쿼리나 매개변수를 고친 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>%1 gave up on the query: %2 — choose a shorter time range, a larger step or a narrower query.</source>
        <translation>%1이(가) 쿼리를 중단했습니다: %2 — 더 짧은 시간 범위, 더 큰 간격(step) 또는 더 좁은 쿼리를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 refused to load that much data: %2 — choose a shorter time range, a larger step or fewer series.</source>
        <translation>%1이(가) 그만큼 많은 데이터를 읽기를 거부했습니다: %2 — 더 짧은 시간 범위, 더 큰 간격(step) 또는 더 적은 시계열을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 could not run the query: %2 — check the query; if it keeps failing, look at the server&apos;s log.</source>
        <translation>%1이(가) 쿼리를 실행하지 못했습니다: %2 — 쿼리를 확인하고, 계속 실패하면 서버 로그를 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 at %2 is not ready to answer (%3); wait a moment and try again.</source>
        <translation>%2의 %1이(가) 아직 응답할 준비가 되지 않았습니다(%3). 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials (HTTP 401); check the user, password or token of this endpoint.</source>
        <translation>%1이(가) 자격 증명을 받아들이지 않았습니다(HTTP 401). 이 엔드포인트의 사용자, 비밀번호 또는 토큰을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403); check that this account may read %2 (through a cluster&apos;s API server it needs permission to get services/proxy).</source>
        <translation>%1이(가) 접근을 거부했습니다(HTTP 403). 이 계정이 %2을(를) 읽을 수 있는지 확인하십시오(클러스터 API 서버를 거칠 때는 services/proxy에 대한 get 권한이 필요합니다).</translation>
    </message>
    <message>
        <source>%1 has no %2 API at this address (HTTP 404); check the URL, including any path prefix such as /prometheus.</source>
        <translation>%1의 이 주소에는 %2 API가 없습니다(HTTP 404). /prometheus 같은 경로 접두사까지 포함해 URL을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2; try again later or check the server.</source>
        <translation>%1이(가) HTTP %2(으)로 응답했습니다. 나중에 다시 시도하거나 서버를 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2: %3 — try again later or check the server.</source>
        <translation>%1이(가) HTTP %2(으)로 응답했습니다: %3 — 나중에 다시 시도하거나 서버를 확인하십시오.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB, more than Fleetdeck reads at once; choose a shorter time range, a larger step or fewer series.</source>
        <translation>%1의 응답이 %2 MB보다 커서 Fleetdeck이 한 번에 읽을 수 있는 크기를 넘었습니다. 더 짧은 시간 범위, 더 큰 간격(step) 또는 더 적은 시계열을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer in time; check that it is running and reachable, or choose a shorter time range.</source>
        <translation>%2의 %1이(가) 제한 시간 안에 응답하지 않았습니다. 실행 중이고 연결할 수 있는지 확인하거나 더 짧은 시간 범위를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of the %2 API; check that the URL points at %2 itself (for example http://host:9090), not at a login page or a dashboard.</source>
        <translation>%1이(가) %2 API 대신 웹 페이지로 응답했습니다. URL이 로그인 페이지나 대시보드가 아니라 %2 자체(예: http://host:9090)를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 did not answer like %2 (the answer is not JSON); check that the URL points at %2.</source>
        <translation>%1의 응답이 %2의 응답 형식이 아닙니다(JSON이 아님). URL이 %2을(를) 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 sent an answer Fleetdeck cannot read (%2); check that the URL points at %3, or report this with the details.</source>
        <translation>%1이(가) Fleetdeck이 읽을 수 없는 응답을 보냈습니다(%2). URL이 %3을(를) 가리키는지 확인하거나, 세부 정보와 함께 이 문제를 보고하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::metrics::DcgmCatalog</name>
    <message>
        <source>SM clock frequency (in MHz).</source>
        <translation>SM 클럭 주파수(MHz).</translation>
    </message>
    <message>
        <source>Memory clock frequency (in MHz).</source>
        <translation>메모리 클럭 주파수(MHz).</translation>
    </message>
    <message>
        <source>Memory temperature (in C).</source>
        <translation>메모리 온도(°C).</translation>
    </message>
    <message>
        <source>GPU temperature (in C).</source>
        <translation>GPU 온도(°C).</translation>
    </message>
    <message>
        <source>Power draw (in W).</source>
        <translation>소비 전력(W).</translation>
    </message>
    <message>
        <source>Total energy consumption since boot (in mJ).</source>
        <translation>부팅 이후 총 에너지 소비량(mJ).</translation>
    </message>
    <message>
        <source>The rate of data transmitted over the PCIe bus - including both protocol headers and data payloads - in bytes per second.</source>
        <translation>PCIe 버스로 보내는 데이터 속도(프로토콜 헤더와 데이터 페이로드 포함, 초당 바이트).</translation>
    </message>
    <message>
        <source>The rate of data received over the PCIe bus - including both protocol headers and data payloads - in bytes per second.</source>
        <translation>PCIe 버스로 받는 데이터 속도(프로토콜 헤더와 데이터 페이로드 포함, 초당 바이트).</translation>
    </message>
    <message>
        <source>Total number of PCIe retries.</source>
        <translation>PCIe 재시도 총횟수.</translation>
    </message>
    <message>
        <source>GPU utilization (in %).</source>
        <translation>GPU 사용률(%).</translation>
    </message>
    <message>
        <source>Memory utilization (in %).</source>
        <translation>메모리 사용률(%).</translation>
    </message>
    <message>
        <source>Encoder utilization (in %).</source>
        <translation>인코더 사용률(%).</translation>
    </message>
    <message>
        <source>Decoder utilization (in %).</source>
        <translation>디코더 사용률(%).</translation>
    </message>
    <message>
        <source>Value of the last XID error encountered.</source>
        <translation>마지막으로 발생한 XID 오류 코드.</translation>
    </message>
    <message>
        <source>Throttling duration due to power constraints (in ns).</source>
        <translation>전력 제약으로 인한 스로틀링 시간(ns).</translation>
    </message>
    <message>
        <source>Throttling duration due to thermal constraints (in ns).</source>
        <translation>발열 제약으로 인한 스로틀링 시간(ns).</translation>
    </message>
    <message>
        <source>Throttling duration due to sync-boost constraints (in ns).</source>
        <translation>동기 부스트 제약으로 인한 스로틀링 시간(ns).</translation>
    </message>
    <message>
        <source>Throttling duration due to board limit constraints (in ns).</source>
        <translation>보드 한도 제약으로 인한 스로틀링 시간(ns).</translation>
    </message>
    <message>
        <source>Throttling duration due to low utilization (in ns).</source>
        <translation>낮은 사용률로 인한 스로틀링 시간(ns).</translation>
    </message>
    <message>
        <source>Throttling duration due to reliability constraints (in ns).</source>
        <translation>신뢰성 제약으로 인한 스로틀링 시간(ns).</translation>
    </message>
    <message>
        <source>reported clock events</source>
        <translation>보고된 클럭 이벤트</translation>
    </message>
    <message>
        <source>reported XIDs during last window</source>
        <translation>최근 구간에 보고된 XID</translation>
    </message>
    <message>
        <source>DCGM reported health status</source>
        <translation>DCGM이 보고한 상태</translation>
    </message>
    <message>
        <source>P2P NvLink status</source>
        <translation>P2P NVLink 상태</translation>
    </message>
    <message>
        <source>Framebuffer memory free (in MiB).</source>
        <translation>프레임 버퍼 여유 메모리(MiB).</translation>
    </message>
    <message>
        <source>Framebuffer memory used (in MiB).</source>
        <translation>프레임 버퍼 사용 메모리(MiB).</translation>
    </message>
    <message>
        <source>Framebuffer memory reserved (in MiB).</source>
        <translation>프레임 버퍼 예약 메모리(MiB).</translation>
    </message>
    <message>
        <source>Total number of single-bit volatile ECC errors.</source>
        <translation>단일 비트 휘발성 ECC 오류 총수.</translation>
    </message>
    <message>
        <source>Total number of double-bit volatile ECC errors.</source>
        <translation>이중 비트 휘발성 ECC 오류 총수.</translation>
    </message>
    <message>
        <source>Total number of single-bit persistent ECC errors.</source>
        <translation>단일 비트 영구 ECC 오류 총수.</translation>
    </message>
    <message>
        <source>Total number of double-bit persistent ECC errors.</source>
        <translation>이중 비트 영구 ECC 오류 총수.</translation>
    </message>
    <message>
        <source>Total number of retired pages due to single-bit errors.</source>
        <translation>단일 비트 오류로 폐기된 페이지 총수.</translation>
    </message>
    <message>
        <source>Total number of retired pages due to double-bit errors.</source>
        <translation>이중 비트 오류로 폐기된 페이지 총수.</translation>
    </message>
    <message>
        <source>Total number of pages pending retirement.</source>
        <translation>폐기 대기 중인 페이지 총수.</translation>
    </message>
    <message>
        <source>Total number of NVLink flow-control CRC errors.</source>
        <translation>NVLink 흐름 제어 CRC 오류 총수.</translation>
    </message>
    <message>
        <source>Total number of NVLink data CRC errors.</source>
        <translation>NVLink 데이터 CRC 오류 총수.</translation>
    </message>
    <message>
        <source>Total number of NVLink retries.</source>
        <translation>NVLink 재시도 총횟수.</translation>
    </message>
    <message>
        <source>Total number of NVLink recovery errors.</source>
        <translation>NVLink 복구 오류 총수.</translation>
    </message>
    <message>
        <source>Total number of NVLink bandwidth counters for all lanes.</source>
        <translation>모든 레인의 NVLink 대역폭 카운터 합계.</translation>
    </message>
    <message>
        <source>The number of bytes of active NVLink rx or tx data including both header and payload.</source>
        <translation>헤더와 페이로드를 포함해 NVLink로 주고받은 활성 데이터의 바이트 수.</translation>
    </message>
    <message>
        <source>vGPU License status</source>
        <translation>vGPU 라이선스 상태</translation>
    </message>
    <message>
        <source>Number of remapped rows for uncorrectable errors</source>
        <translation>정정 불가능한 오류로 재매핑된 행 수</translation>
    </message>
    <message>
        <source>Number of remapped rows for correctable errors</source>
        <translation>정정 가능한 오류로 재매핑된 행 수</translation>
    </message>
    <message>
        <source>Whether remapping of rows has failed</source>
        <translation>행 재매핑 실패 여부</translation>
    </message>
    <message>
        <source>Driver Version</source>
        <translation>드라이버 버전</translation>
    </message>
    <message>
        <source>NVML Version</source>
        <translation>NVML 버전</translation>
    </message>
    <message>
        <source>Device Brand</source>
        <translation>장치 브랜드</translation>
    </message>
    <message>
        <source>Device Serial Number</source>
        <translation>장치 일련번호</translation>
    </message>
    <message>
        <source>OEM inforom version</source>
        <translation>OEM inforom 버전</translation>
    </message>
    <message>
        <source>ECC inforom version</source>
        <translation>ECC inforom 버전</translation>
    </message>
    <message>
        <source>Power management object inforom version</source>
        <translation>전원 관리 객체 inforom 버전</translation>
    </message>
    <message>
        <source>Inforom image version</source>
        <translation>Inforom 이미지 버전</translation>
    </message>
    <message>
        <source>VBIOS version of the device</source>
        <translation>장치의 VBIOS 버전</translation>
    </message>
    <message>
        <source>Ratio of time the graphics engine is active.</source>
        <translation>그래픽 엔진이 활성 상태인 시간의 비율.</translation>
    </message>
    <message>
        <source>The ratio of cycles an SM has at least 1 warp assigned.</source>
        <translation>SM에 워프가 하나 이상 할당된 사이클의 비율.</translation>
    </message>
    <message>
        <source>The ratio of number of warps resident on an SM.</source>
        <translation>SM에 상주하는 워프 수의 비율.</translation>
    </message>
    <message>
        <source>Ratio of cycles the tensor (HMMA) pipe is active.</source>
        <translation>텐서(HMMA) 파이프가 활성 상태인 사이클의 비율.</translation>
    </message>
    <message>
        <source>Ratio of cycles the device memory interface is active sending or receiving data.</source>
        <translation>장치 메모리 인터페이스가 데이터를 주고받는 사이클의 비율.</translation>
    </message>
    <message>
        <source>Ratio of cycles the fp64 pipes are active.</source>
        <translation>FP64 파이프가 활성 상태인 사이클의 비율.</translation>
    </message>
    <message>
        <source>Ratio of cycles the fp32 pipes are active.</source>
        <translation>FP32 파이프가 활성 상태인 사이클의 비율.</translation>
    </message>
    <message>
        <source>Ratio of cycles the fp16 pipes are active.</source>
        <translation>FP16 파이프가 활성 상태인 사이클의 비율.</translation>
    </message>
    <message>
        <source>Framebuffer memory total (in MiB).</source>
        <translation>프레임 버퍼 전체 메모리(MiB).</translation>
    </message>
    <message>
        <source>Share of the framebuffer in use: used / (total - reserved), 0 to 1.</source>
        <translation>프레임 버퍼 사용 비율: 사용량 / (전체 - 예약), 0~1.</translation>
    </message>
    <message>
        <source>Number of GPUs on the node.</source>
        <translation>노드의 GPU 수.</translation>
    </message>
    <message>
        <source>Temperature at which the GPU slows down (in C).</source>
        <translation>GPU가 속도를 낮추기 시작하는 온도(°C).</translation>
    </message>
    <message>
        <source>Current power limit (in W).</source>
        <translation>현재 전력 한도(W).</translation>
    </message>
    <message>
        <source>Performance state: 0 is the highest, 15 the lowest.</source>
        <translation>성능 상태: 0이 가장 높고 15가 가장 낮습니다.</translation>
    </message>
    <message>
        <source>Why the clocks are held down (bitmask; renamed DCGM_FI_DEV_CLOCKS_EVENT_REASONS).</source>
        <translation>클럭이 제한된 이유(비트마스크, 새 이름 DCGM_FI_DEV_CLOCKS_EVENT_REASONS).</translation>
    </message>
    <message>
        <source>Why the clocks are held down (bitmask).</source>
        <translation>클럭이 제한된 이유(비트마스크).</translation>
    </message>
    <message>
        <source>Fan speed (in %).</source>
        <translation>팬 속도(%).</translation>
    </message>
    <message>
        <source>Process accounting statistics.</source>
        <translation>프로세스 어카운팅 통계.</translation>
    </message>
    <message>
        <source>vGPU utilization per process (often not a number).</source>
        <translation>프로세스별 vGPU 사용률(숫자가 아닌 값이 자주 나옴).</translation>
    </message>
</context>
<context>
    <name>fd::metrics::MetricsEndpoints</name>
    <message>
        <source>A Prometheus endpoint needs a name.</source>
        <translation>Prometheus 엔드포인트에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A Prometheus endpoint named “%1” already exists; choose another name or remove it first.</source>
        <translation>“%1”(이)라는 Prometheus 엔드포인트가 이미 있습니다. 다른 이름을 쓰거나 먼저 기존 엔드포인트를 제거하십시오.</translation>
    </message>
    <message>
        <source>Basic authentication needs a password.</source>
        <translation>기본 인증에는 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>Bearer authentication needs a token.</source>
        <translation>Bearer 인증에는 토큰이 필요합니다.</translation>
    </message>
    <message>
        <source>There is no Prometheus endpoint named “%1”; `metrics list` shows the ones there are.</source>
        <translation>“%1”(이)라는 Prometheus 엔드포인트가 없습니다. `metrics list`로 등록된 엔드포인트를 확인하십시오.</translation>
    </message>
    <message>
        <source>The Prometheus endpoint “%1” is reached through a cluster&apos;s API server, but its cluster is not registered; add it again.</source>
        <translation>Prometheus 엔드포인트 “%1”은(는) 클러스터의 API 서버를 통해 연결하지만 해당 클러스터가 등록되어 있지 않습니다. 엔드포인트를 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>The connection settings of the Prometheus endpoint “%1” are missing; remove it and add it again.</source>
        <translation>Prometheus 엔드포인트 “%1”의 연결 설정이 없습니다. 제거한 뒤 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>The request was cancelled because the connection was closed.</source>
        <translation>연결이 닫혀 요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The Prometheus endpoint “%1” has no Alertmanager; add the endpoint again with an Alertmanager URL.</source>
        <translation>Prometheus 엔드포인트 “%1”에는 Alertmanager가 없습니다. Alertmanager URL을 지정해 엔드포인트를 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a usable URL: give it as http:// or https://host[:port][/path], without a user name or password (the password goes to the vault).</source>
        <translation>“%1”은(는) 쓸 수 있는 URL이 아닙니다. 사용자 이름이나 암호 없이 http:// 또는 https://host[:port][/path] 형식으로 입력하세요(암호는 볼트에 보관됩니다).</translation>
    </message>
    <message>
        <source>The Prometheus endpoint “%1” is no longer saved; add it again.</source>
        <translation>Prometheus 엔드포인트 “%1”이(가) 더 이상 저장되어 있지 않습니다. 다시 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::metrics::PromClient</name>
    <message>
        <source>The time range or step is not valid; choose an end after the start and a step greater than zero.</source>
        <translation>시간 범위나 간격(step)이 올바르지 않습니다. 시작보다 늦은 끝 시각과 0보다 큰 간격을 선택하십시오.</translation>
    </message>
    <message>
        <source>A step of %1 over this range would ask for %2 points per series, more than the 11,000 Prometheus allows; use a step of at least %3.</source>
        <translation>이 범위에서 간격 %1을(를) 쓰면 시계열마다 점 %2개를 요청하게 되어 Prometheus가 허용하는 11,000개를 넘습니다. 간격을 %3 이상으로 하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::metrics::PromTransport</name>
    <message>
        <source>The request was cancelled because the connection was closed.</source>
        <translation>연결이 닫혀 요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>fd::metrics::ServiceProxy</name>
    <message>
        <source>The cluster&apos;s API server refused to proxy to Prometheus (%1); the account needs permission to get services/proxy in that namespace.</source>
        <translation>클러스터의 API 서버가 Prometheus로의 프록시를 거부했습니다(%1). 해당 네임스페이스에서 services/proxy를 get할 권한이 계정에 필요합니다.</translation>
    </message>
    <message>
        <source>The cluster&apos;s API server could not reach Prometheus through its service proxy (%1); check the service&apos;s namespace, name and port, and that Prometheus is running.</source>
        <translation>클러스터의 API 서버가 서비스 프록시로 Prometheus에 연결하지 못했습니다(%1). 서비스의 네임스페이스, 이름, 포트와 Prometheus가 실행 중인지 확인하십시오.</translation>
    </message>
    <message>
        <source>The request was cancelled because the connection was closed.</source>
        <translation>연결이 닫혀 요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>No Prometheus service was found in the cluster; name it yourself as namespace/name:port.</source>
        <translation>클러스터에서 Prometheus 서비스를 찾지 못했습니다. 네임스페이스/이름:포트 형식으로 직접 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::metrics::Xid</name>
    <message>
        <source>GPU stopped processing: a channel timed out.</source>
        <translation>GPU가 처리를 멈췄습니다: 채널 시간 초과.</translation>
    </message>
    <message>
        <source>Restart the application; if it happens again, collect nvidia-bug-report output and contact support.</source>
        <translation>애플리케이션을 다시 시작하십시오. 다시 발생하면 nvidia-bug-report 출력을 모아 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>Graphics engine exception: usually the application (an out-of-range access or a bad instruction), rarely the GPU.</source>
        <translation>그래픽 엔진 예외: 대개 애플리케이션 문제(범위를 벗어난 접근이나 잘못된 명령)이며 GPU 문제는 드뭅니다.</translation>
    </message>
    <message>
        <source>Restart the application and check it (for example with compute-sanitizer); if different applications hit it on the same GPU, run DCGM diagnostics.</source>
        <translation>애플리케이션을 다시 시작하고 점검하십시오(예: compute-sanitizer). 같은 GPU에서 여러 애플리케이션이 겪는다면 DCGM 진단을 실행하십시오.</translation>
    </message>
    <message>
        <source>GPU memory page fault: the application accessed an invalid address; a driver or hardware cause is unlikely.</source>
        <translation>GPU 메모리 페이지 폴트: 애플리케이션이 잘못된 주소에 접근했습니다. 드라이버나 하드웨어 원인일 가능성은 낮습니다.</translation>
    </message>
    <message>
        <source>Debug the application; if known-good software hits it, run DCGM diagnostics on the GPU.</source>
        <translation>애플리케이션을 디버그하십시오. 검증된 소프트웨어에서도 발생하면 해당 GPU에서 DCGM 진단을 실행하십시오.</translation>
    </message>
    <message>
        <source>Invalid or corrupted push buffer stream, often caused by a faulty PCIe link.</source>
        <translation>잘못되었거나 손상된 푸시 버퍼 스트림으로, 흔히 PCIe 링크 불량이 원인입니다.</translation>
    </message>
    <message>
        <source>Check the PCIe replay counter; reseat the GPU or replace the riser if it repeats.</source>
        <translation>PCIe 재전송 카운터를 확인하십시오. 반복되면 GPU를 다시 장착하거나 라이저를 교체하십시오.</translation>
    </message>
    <message>
        <source>GPU stopped processing: an application hit an error and its work was stopped; the GPU itself is normally fine.</source>
        <translation>GPU가 처리를 멈췄습니다: 애플리케이션에서 오류가 나서 작업이 중단되었습니다. GPU 자체는 보통 정상입니다.</translation>
    </message>
    <message>
        <source>No action on the GPU; look at the application that was running at that time.</source>
        <translation>GPU에는 조치가 필요 없습니다. 그 시각에 실행 중이던 애플리케이션을 확인하십시오.</translation>
    </message>
    <message>
        <source>Preemptive cleanup: the driver tore down an application&apos;s work, usually because it was stopped or because of an earlier error.</source>
        <translation>선제적 정리: 드라이버가 애플리케이션의 작업을 정리했습니다. 대개 애플리케이션이 중지되었거나 앞선 오류 때문입니다.</translation>
    </message>
    <message>
        <source>On its own it needs no action; look for other XIDs just before it.</source>
        <translation>이것만으로는 조치가 필요 없습니다. 바로 앞에 다른 XID가 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Double-bit ECC error: an uncorrectable error in GPU memory.</source>
        <translation>이중 비트 ECC 오류: GPU 메모리의 정정 불가능한 오류입니다.</translation>
    </message>
    <message>
        <source>Drain the GPU&apos;s workloads and reset the GPU (row remapping takes effect on reset); replace the GPU if it happens again.</source>
        <translation>GPU의 워크로드를 비우고 GPU를 재설정하십시오(행 재매핑은 재설정 시 적용됩니다). 다시 발생하면 GPU를 교체하십시오.</translation>
    </message>
    <message>
        <source>Internal micro-controller breakpoint or warning.</source>
        <translation>내부 마이크로컨트롤러 중단점 또는 경고.</translation>
    </message>
    <message>
        <source>Reset the GPU or reboot the node; contact support if it happens again.</source>
        <translation>GPU를 재설정하거나 노드를 재부팅하십시오. 다시 발생하면 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>Internal micro-controller halted.</source>
        <translation>내부 마이크로컨트롤러가 정지했습니다.</translation>
    </message>
    <message>
        <source>Drain the node and reset the GPU or reboot; contact support if it happens again.</source>
        <translation>노드를 비운 뒤 GPU를 재설정하거나 재부팅하십시오. 다시 발생하면 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>ECC page retirement or row remapping recorded: a memory row was remapped (or a page retired) after errors.</source>
        <translation>ECC 페이지 폐기 또는 행 재매핑 기록: 오류 후 메모리 행이 재매핑(또는 페이지가 폐기)되었습니다.</translation>
    </message>
    <message>
        <source>Reset the GPU when convenient so the remapping takes effect; watch for repeats.</source>
        <translation>재매핑이 적용되도록 적절한 때에 GPU를 재설정하고, 반복되는지 지켜보십시오.</translation>
    </message>
    <message>
        <source>ECC page retirement or row remapping could not be recorded.</source>
        <translation>ECC 페이지 폐기 또는 행 재매핑을 기록하지 못했습니다.</translation>
    </message>
    <message>
        <source>Drain the node and reset the GPU; replace the GPU if it happens again.</source>
        <translation>노드를 비우고 GPU를 재설정하십시오. 다시 발생하면 GPU를 교체하십시오.</translation>
    </message>
    <message>
        <source>Video decoder (NVDEC) exception.</source>
        <translation>비디오 디코더(NVDEC) 예외.</translation>
    </message>
    <message>
        <source>Restart the application; check its input if it happens again.</source>
        <translation>애플리케이션을 다시 시작하십시오. 다시 발생하면 입력 데이터를 확인하십시오.</translation>
    </message>
    <message>
        <source>Graphics engine class error.</source>
        <translation>그래픽 엔진 클래스 오류.</translation>
    </message>
    <message>
        <source>Restart the application; if different applications hit it, run DCGM diagnostics.</source>
        <translation>애플리케이션을 다시 시작하십시오. 여러 애플리케이션이 겪는다면 DCGM 진단을 실행하십시오.</translation>
    </message>
    <message>
        <source>NVLink error: a link between GPUs reported a fault.</source>
        <translation>NVLink 오류: GPU 사이의 링크에서 장애를 보고했습니다.</translation>
    </message>
    <message>
        <source>Reset the GPUs on that link or reboot the node; if it repeats, have the NVLink or NVSwitch hardware checked.</source>
        <translation>해당 링크의 GPU를 재설정하거나 노드를 재부팅하십시오. 반복되면 NVLink 또는 NVSwitch 하드웨어 점검을 받으십시오.</translation>
    </message>
    <message>
        <source>GPU has fallen off the bus: the system can no longer reach it over PCIe.</source>
        <translation>GPU가 버스에서 떨어졌습니다: 시스템이 PCIe로 더 이상 GPU에 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>Drain the node and reboot it; check power, cooling and the PCIe seating; replace the GPU if it happens again.</source>
        <translation>노드를 비우고 재부팅하십시오. 전원, 냉각, PCIe 장착 상태를 점검하고, 다시 발생하면 GPU를 교체하십시오.</translation>
    </message>
    <message>
        <source>High single-bit ECC error rate: many correctable memory errors.</source>
        <translation>단일 비트 ECC 오류율 높음: 정정 가능한 메모리 오류가 많습니다.</translation>
    </message>
    <message>
        <source>Keep it in service but watch it; reset the GPU when convenient and plan a replacement if the rate keeps rising.</source>
        <translation>계속 사용하되 지켜보십시오. 적절한 때에 GPU를 재설정하고, 오류율이 계속 오르면 교체를 계획하십시오.</translation>
    </message>
    <message>
        <source>Contained ECC error: an uncorrectable memory error that was confined to the application using that memory.</source>
        <translation>격리된 ECC 오류: 정정 불가능한 메모리 오류가 해당 메모리를 쓰던 애플리케이션에만 국한되었습니다.</translation>
    </message>
    <message>
        <source>Restart the affected application; reset the GPU when convenient to remap the memory.</source>
        <translation>영향받은 애플리케이션을 다시 시작하고, 메모리를 재매핑하도록 적절한 때에 GPU를 재설정하십시오.</translation>
    </message>
    <message>
        <source>Uncontained ECC error: an uncorrectable memory error that may have affected every application on the GPU.</source>
        <translation>격리되지 않은 ECC 오류: 정정 불가능한 메모리 오류가 GPU의 모든 애플리케이션에 영향을 주었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Drain the GPU and reset it now; replace the GPU if it happens again.</source>
        <translation>지금 GPU를 비우고 재설정하십시오. 다시 발생하면 GPU를 교체하십시오.</translation>
    </message>
    <message>
        <source>GSP (GPU System Processor) call timed out.</source>
        <translation>GSP(GPU 시스템 프로세서) 호출 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Drain the node and reset the GPU or reboot; update the driver and contact support if it happens again.</source>
        <translation>노드를 비운 뒤 GPU를 재설정하거나 재부팅하십시오. 다시 발생하면 드라이버를 업데이트하고 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>GSP (GPU System Processor) error.</source>
        <translation>GSP(GPU 시스템 프로세서) 오류.</translation>
    </message>
    <message>
        <source>Unrecovered ECC error.</source>
        <translation>복구되지 않은 ECC 오류.</translation>
    </message>
    <message>
        <source>Drain the GPU and reset it; replace the GPU if it happens again.</source>
        <translation>GPU를 비우고 재설정하십시오. 다시 발생하면 GPU를 교체하십시오.</translation>
    </message>
    <message>
        <source>The driver says the GPU needs a recovery action (reset or reboot).</source>
        <translation>드라이버가 GPU에 복구 조치(재설정 또는 재부팅)가 필요하다고 알렸습니다.</translation>
    </message>
    <message>
        <source>Do what the driver&apos;s log asks (reset the GPU or reboot the node) after draining it.</source>
        <translation>노드를 비운 뒤 드라이버 로그가 요구하는 조치(GPU 재설정 또는 노드 재부팅)를 하십시오.</translation>
    </message>
    <message>
        <source>XID %1: look it up in NVIDIA&apos;s Xid catalog.</source>
        <translation>XID %1: NVIDIA의 Xid 카탈로그에서 확인하십시오.</translation>
    </message>
    <message>
        <source>Check the node&apos;s kernel log around that time for the full message.</source>
        <translation>그 시각 전후의 노드 커널 로그에서 전체 메시지를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::net</name>
    <message>
        <source>The server name %1 could not be resolved; check the address and your DNS settings.</source>
        <translation>서버 이름 %1을(를) 확인할 수 없습니다. 주소와 DNS 설정을 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not connect to %1; check that the server is running and that the address and port are right.</source>
        <translation>%1에 연결할 수 없습니다. 서버가 실행 중인지, 주소와 포트가 올바른지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the network path to it and try again.</source>
        <translation>%1이(가) 제한 시간 안에 응답하지 않았습니다. 네트워크 경로를 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The certificate of %1 is issued by an unknown authority (SHA-256 %2); trust it only after checking the fingerprint with the server&apos;s administrator.</source>
        <translation>%1의 인증서는 알 수 없는 기관에서 발급했습니다(SHA-256 %2). 서버 관리자와 지문을 확인한 뒤에만 신뢰하십시오.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name; use a name the certificate covers or set the TLS server name.</source>
        <translation>%1의 인증서가 해당 이름에 유효하지 않습니다. 인증서에 포함된 이름을 사용하거나 TLS 서버 이름을 설정하십시오.</translation>
    </message>
    <message>
        <source>%1 did not accept the client certificate; check that one is configured, that it has not expired and that the server trusts its issuer.</source>
        <translation>%1이(가) 클라이언트 인증서를 받아들이지 않았습니다. 인증서가 설정되어 있는지, 만료되지 않았는지, 서버가 발급 기관을 신뢰하는지 확인하십시오.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established; check the TLS settings and the details below.</source>
        <translation>%1에 보안 연결을 설정할 수 없습니다. TLS 설정과 아래 세부 정보를 확인하십시오.</translation>
    </message>
    <message>
        <source>The proxy did not connect us to %1; check the proxy address and that it allows this destination.</source>
        <translation>프록시를 통해 %1에 연결할 수 없습니다. 프록시 주소와 이 대상이 허용되는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2; see the response for details.</source>
        <translation>%1이(가) HTTP 상태 %2(으)로 응답했습니다. 자세한 내용은 응답을 확인하십시오.</translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2 MiB and was aborted; narrow the request or raise the limit.</source>
        <translation>%1의 응답이 제한(%2MiB)을 넘어 중단했습니다. 요청 범위를 좁히거나 제한을 늘리십시오.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>%1에 대한 요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The request to %1 failed; see the details below and try again.</source>
        <translation>%1에 대한 요청이 실패했습니다. 아래 세부 정보를 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server answered and the credentials work.</source>
        <translation>서버가 응답했고 자격 증명이 유효합니다.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>서버의 호스트 이름을 확인(DNS 조회)할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the server address and this machine&apos;s DNS settings.</source>
        <translation>서버 주소와 이 컴퓨터의 DNS 설정을 확인하십시오.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on that address and port.</source>
        <translation>서버가 연결을 거부했습니다. 해당 주소와 포트에서 연결을 기다리는 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>Check the server URL and port, and that the server is running.</source>
        <translation>서버 URL과 포트, 그리고 서버가 실행 중인지 확인하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>서버가 %n초 안에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the address is reachable from this machine (VPN, firewall, proxy) and try again.</source>
        <translation>이 컴퓨터에서 해당 주소에 연결할 수 있는지(VPN, 방화벽, 프록시) 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a trusted certificate authority (SHA-256 fingerprint %1).</source>
        <translation>서버 인증서가 신뢰할 수 있는 인증 기관(CA)의 서명을 받지 않았습니다(SHA-256 지문 %1).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you, then choose &quot;Trust this certificate&quot; or add the issuing CA.</source>
        <translation>관리자가 알려 준 지문과 비교한 뒤 &quot;이 인증서 신뢰&quot;를 선택하거나 발급 CA를 추가하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the host name in the server URL (SHA-256 fingerprint %1).</source>
        <translation>서버 인증서가 서버 URL의 호스트 이름과 일치하지 않습니다(SHA-256 지문 %1).</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for, set the TLS server name to it, or choose &quot;Trust this certificate&quot;.</source>
        <translation>인증서가 발급된 호스트 이름을 사용하거나, TLS 서버 이름을 그 이름으로 설정하거나, &quot;이 인증서 신뢰&quot;를 선택하십시오.</translation>
    </message>
    <message>
        <source>The server rejected the client certificate (it may have expired or be signed by another CA).</source>
        <translation>서버가 클라이언트 인증서를 거부했습니다(만료되었거나 다른 CA에서 서명한 인증서일 수 있습니다).</translation>
    </message>
    <message>
        <source>Get a current client certificate and key for this server and enter them again.</source>
        <translation>이 서버용 유효한 클라이언트 인증서와 키를 받아 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>서버와 보안 연결을 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the server URL and its TLS settings; the details name the exact failure.</source>
        <translation>서버 URL과 TLS 설정을 확인하십시오. 정확한 실패 원인은 세부 정보에 있습니다.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (401 Unauthorized).</source>
        <translation>서버가 자격 증명을 받아들이지 않았습니다(401 Unauthorized).</translation>
    </message>
    <message>
        <source>The token, password or certificate is wrong or expired: enter current credentials.</source>
        <translation>토큰, 암호 또는 인증서가 잘못되었거나 만료되었습니다. 유효한 자격 증명을 입력하십시오.</translation>
    </message>
    <message>
        <source>The credentials are valid but lack a permission (403 Forbidden).</source>
        <translation>자격 증명은 유효하지만 권한이 부족합니다(403 Forbidden).</translation>
    </message>
    <message>
        <source>The credentials are valid but lack a permission: cannot %1.</source>
        <translation>자격 증명은 유효하지만 권한이 부족합니다. 허용되지 않은 작업: %1.</translation>
    </message>
    <message>
        <source>Ask the administrator to grant it to this user (for a cluster, for example a ClusterRoleBinding to the &quot;view&quot; role).</source>
        <translation>관리자에게 이 사용자에게 권한을 부여해 달라고 요청하십시오(클러스터라면 예: &quot;view&quot; 역할에 대한 ClusterRoleBinding).</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; was not found on this machine.</source>
        <translation>이 컴퓨터에서 자격 증명 플러그인 &quot;%1&quot;을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Install it, or point Fleetdeck to its location in the cluster&apos;s connection settings (&quot;Credential plugin path&quot;).</source>
        <translation>플러그인을 설치하거나, 클러스터 연결 설정(&quot;플러그인 경로&quot;)에서 Fleetdeck에 플러그인 위치를 지정하십시오.</translation>
    </message>
    <message>
        <source>Install it (%1), or point Fleetdeck to its location in the cluster&apos;s connection settings (&quot;Credential plugin path&quot;).</source>
        <translation>플러그인을 설치(%1)하거나, 클러스터 연결 설정(&quot;플러그인 경로&quot;)에서 Fleetdeck에 플러그인 위치를 지정하십시오.</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; ran but did not produce a credential.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) 실행되었지만 자격 증명을 내놓지 않았습니다.</translation>
    </message>
    <message>
        <source>Run it in a terminal to see its error (it may need a login first).</source>
        <translation>터미널에서 직접 실행해 오류를 확인하십시오(먼저 로그인해야 할 수 있습니다).</translation>
    </message>
    <message>
        <source>The OIDC token has expired and could not be refreshed.</source>
        <translation>OIDC 토큰이 만료되었고 갱신할 수 없습니다.</translation>
    </message>
    <message>
        <source>Log in again with your identity provider and import the new kubeconfig.</source>
        <translation>ID 공급자에 다시 로그인한 뒤 새 kubeconfig를 가져오십시오.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection to the server.</source>
        <translation>프록시가 서버 연결을 거부했거나 연결에 실패했습니다.</translation>
    </message>
    <message>
        <source>Check the proxy URL and that the proxy allows this server.</source>
        <translation>프록시 URL과 프록시가 이 서버로의 연결을 허용하는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status %1.</source>
        <translation>서버가 예상하지 못한 HTTP 상태 %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>Check that the URL points to the service itself (not a web console or a load balancer page).</source>
        <translation>URL이 웹 콘솔이나 로드 밸런서 페이지가 아니라 서비스 자체를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what this kind of server sends.</source>
        <translation>서버의 응답이 이 종류의 서버가 보내는 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Check that the URL points to the service itself.</source>
        <translation>URL이 서비스 자체를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than Fleetdeck accepts.</source>
        <translation>서버의 응답이 Fleetdeck이 받을 수 있는 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>Narrow the request (a smaller time range, a label filter) or ask for less at once.</source>
        <translation>요청 범위를 좁히거나(더 짧은 시간 범위, 레이블 필터) 한 번에 더 적게 요청하십시오.</translation>
    </message>
    <message>
        <source>The credentials could not be read: the vault is locked.</source>
        <translation>볼트가 잠겨 있어 자격 증명을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Unlock the vault (enter its passphrase) and try again.</source>
        <translation>암호 문구를 입력해 볼트 잠금을 해제한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>요청이 실패했습니다.</translation>
    </message>
    <message>
        <source>See the details for the exact error.</source>
        <translation>정확한 오류는 세부 정보를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::policy</name>
    <message>
        <source>Move a failed model server after 5 minutes; keep the old replicas up to 10 minutes while the new ones start.</source>
        <translation>장애가 난 모델 서버를 5분 후 옮기고, 새 복제본이 시작되는 동안 기존 복제본을 최대 10분 유지합니다.</translation>
    </message>
    <message>
        <source>One whole GPU for a 7B-13B model.</source>
        <translation>7B-13B 모델용 GPU 1장 전체.</translation>
    </message>
    <message>
        <source>Four NVLinked GPUs for 30B-70B models served with tensor parallelism.</source>
        <translation>텐서 병렬로 서비스하는 30B-70B 모델용 NVLink 연결 GPU 4장.</translation>
    </message>
    <message>
        <source>A slice of a GPU for small models, tests and batch jobs.</source>
        <translation>소형 모델, 테스트, 배치 작업용 GPU 일부.</translation>
    </message>
    <message>
        <source>Everything no other strategy claims: any ready general-purpose (zone B) cluster.</source>
        <translation>다른 전략이 맡지 않는 모든 배포: 준비된 범용(영역 B) 클러스터 어디든.</translation>
    </message>
    <message>
        <source>Models of 30B parameters and more on high-performance (zone A) clusters.</source>
        <translation>30B 파라미터 이상 모델을 고성능(영역 A) 클러스터에 배치.</translation>
    </message>
    <message>
        <source>Models under 8B parameters on Ollama or llama.cpp, on shared GPUs in zone B.</source>
        <translation>Ollama 또는 llama.cpp의 8B 파라미터 미만 모델을 영역 B의 공유 GPU에 배치.</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>Detection (toleration)</source>
        <translation>감지(허용 시간)</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>축출</translation>
    </message>
    <message>
        <source>Rescheduling</source>
        <translation>재스케줄링</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>유예 기간</translation>
    </message>
    <message>
        <source>Old replicas purged</source>
        <translation>기존 복제본 삭제</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>This is not a Karmada ResourceBinding, so it says nothing about failovers.</source>
        <translation>Karmada ResourceBinding이 아니므로 장애 조치 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Keep resources on deletion</source>
        <translation>삭제 시 리소스 유지</translation>
    </message>
    <message>
        <source>The failover policy&apos;s purge mode</source>
        <translation>장애 조치 정책의 삭제 방식</translation>
    </message>
    <message>
        <source>The failover policy&apos;s grace period</source>
        <translation>장애 조치 정책의 유예 기간</translation>
    </message>
    <message>
        <source>The failover policy</source>
        <translation>장애 조치 정책</translation>
    </message>
    <message>
        <source>Tolerating cluster failures for the failover policy</source>
        <translation>장애 조치 정책의 클러스터 장애 허용</translation>
    </message>
    <message>
        <source>The way replicas are spread</source>
        <translation>복제본 분산 방식</translation>
    </message>
    <message>
        <source>The target clusters</source>
        <translation>대상 클러스터</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>Propagating the deployment&apos;s dependencies</source>
        <translation>배포의 종속 리소스 전파</translation>
    </message>
    <message>
        <source>Part of the strategy</source>
        <translation>전략의 일부</translation>
    </message>
    <message>
        <source>The zone settings</source>
        <translation>영역 설정</translation>
    </message>
    <message>
        <source>Part of the profile</source>
        <translation>프로필의 일부</translation>
    </message>
    <message>
        <source>%1 cannot be expressed on %2 (its schema has no %3); it was left out.</source>
        <translation>%1은(는) %2에서 표현할 수 없어(스키마에 %3 없음) 제외했습니다.</translation>
    </message>
    <message>
        <source>The control plane&apos;s schema has no ClusterPropagationPolicy, so placement strategy &quot;%1&quot; cannot be rendered.</source>
        <translation>컨트롤 플레인 스키마에 ClusterPropagationPolicy가 없어 배치 전략 &quot;%1&quot;을(를) 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>Purge mode %1 is not accepted by %2 (it accepts: %3); Karmada&apos;s default purge mode applies.</source>
        <translation>%2은(는) 삭제 방식 %1을(를) 받지 않으므로(허용: %3) Karmada 기본 삭제 방식이 적용됩니다.</translation>
    </message>
    <message>
        <source>nothing it declares</source>
        <translation>선언된 값 없음</translation>
    </message>
    <message>
        <source>The control plane&apos;s schema has no ClusterOverridePolicy, so resource profile &quot;%1&quot; cannot be rendered.</source>
        <translation>컨트롤 플레인 스키마에 ClusterOverridePolicy가 없어 리소스 프로필 &quot;%1&quot;을(를) 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>an unrecognised Karmada version</source>
        <translation>알 수 없는 Karmada 버전</translation>
    </message>
    <message>
        <source>Karmada v1.5 or older</source>
        <translation>Karmada v1.5 이하</translation>
    </message>
    <message>
        <source>Karmada v1.6 to v1.10</source>
        <translation>Karmada v1.6~v1.10</translation>
    </message>
    <message>
        <source>Karmada v1.11 to v1.14</source>
        <translation>Karmada v1.11~v1.14</translation>
    </message>
    <message>
        <source>Karmada v1.15 to v1.18</source>
        <translation>Karmada v1.15~v1.18</translation>
    </message>
    <message>
        <source>Karmada v1.19 or later</source>
        <translation>Karmada v1.19 이상</translation>
    </message>
    <message>
        <source>This is not a CustomResourceDefinition; point Fleetdeck at Karmada&apos;s policy CRD files.</source>
        <translation>CustomResourceDefinition이 아닙니다. Karmada 정책 CRD 파일을 지정하십시오.</translation>
    </message>
    <message>
        <source>The OpenAPI document is not valid JSON (%1).</source>
        <translation>OpenAPI 문서가 올바른 JSON이 아닙니다(%1).</translation>
    </message>
    <message>
        <source>The document has no schemas; expected an OpenAPI v2 or v3 document such as /openapi/v3/apis/policy.karmada.io/v1alpha1.</source>
        <translation>문서에 스키마가 없습니다. /openapi/v3/apis/policy.karmada.io/v1alpha1 같은 OpenAPI v2 또는 v3 문서가 필요합니다.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; give the folder that holds Karmada&apos;s CRD files.</source>
        <translation>폴더 %1이(가) 없습니다. Karmada CRD 파일이 있는 폴더를 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No Karmada policy CRD was found in %1.</source>
        <translation>%1에서 Karmada 정책 CRD를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>built-in knowledge of %1</source>
        <translation>%1에 대한 내장 정보</translation>
    </message>
    <message>
        <source>The strategy does not name this cluster.</source>
        <translation>전략에 이 클러스터가 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>It has no label %1 (the strategy wants %1=%2).</source>
        <translation>레이블 %1이(가) 없습니다(전략 조건: %1=%2).</translation>
    </message>
    <message>
        <source>Its label %1 is %2, not %3.</source>
        <translation>레이블 %1의 값이 %3이(가) 아니라 %2입니다.</translation>
    </message>
    <message>
        <source>It is not Ready, so Karmada places nothing new on it.</source>
        <translation>Ready 상태가 아니어서 Karmada가 새로 배치하지 않습니다.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys and values.</source>
        <translation>%1은(는) 키와 값의 매핑이어야 합니다.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; expected one of: %3.</source>
        <translation>%2에 알 수 없는 키 &quot;%1&quot;이(가) 있습니다. 사용할 수 있는 키: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2.</source>
        <translation>%2에 &quot;%1&quot;이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or mapping.</source>
        <translation>&quot;%1&quot;은(는) 목록이나 매핑이 아닌 단일 값이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot;은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot;은(는) 정수여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of CPUs such as 8 or 0.5, or millicores such as 500m.</source>
        <translation>&quot;%1&quot;은(는) 8이나 0.5 같은 CPU 수 또는 500m 같은 밀리코어여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;; use one of: %3.</source>
        <translation>&quot;%1&quot;은(는) &quot;%2&quot;에 쓸 수 없는 값입니다. 다음 중 하나를 사용하십시오: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot;은(는) 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>the items of &quot;%1&quot; must be single values.</source>
        <translation>&quot;%1&quot;의 항목은 단일 값이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping of keys and values.</source>
        <translation>&quot;%1&quot;은(는) 키와 값의 매핑이어야 합니다.</translation>
    </message>
    <message>
        <source>the entries of &quot;%1&quot; must be single values.</source>
        <translation>&quot;%1&quot;의 항목은 단일 값이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;field&quot;.</source>
        <translation>%1에 &quot;field&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 needs an &quot;operator&quot;.</source>
        <translation>%1에 &quot;operator&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 has both &quot;value&quot; and &quot;values&quot;; keep one.</source>
        <translation>%1에 &quot;value&quot;와 &quot;values&quot;가 모두 있습니다. 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;value&quot;.</source>
        <translation>%1에 &quot;value&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>a strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>a strategy needs a &quot;name&quot;.</source>
        <translation>전략에 &quot;name&quot;이 필요합니다.</translation>
    </message>
    <message>
        <source>targets has both &quot;labels&quot; and &quot;clusters&quot;; a strategy targets clusters by labels or by names.</source>
        <translation>targets에 &quot;labels&quot;와 &quot;clusters&quot;가 모두 있습니다. 전략은 레이블 또는 이름 중 하나로 클러스터를 지정합니다.</translation>
    </message>
    <message>
        <source>&quot;weights&quot; must map cluster names to numbers.</source>
        <translation>&quot;weights&quot;는 클러스터 이름을 숫자에 대응시켜야 합니다.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list.</source>
        <translation>&quot;rules&quot;는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>a profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>a profile needs a &quot;name&quot;.</source>
        <translation>프로필에 &quot;name&quot;이 필요합니다.</translation>
    </message>
    <message>
        <source>a failover policy</source>
        <translation>장애 조치 정책</translation>
    </message>
    <message>
        <source>a failover policy needs a &quot;name&quot;.</source>
        <translation>장애 조치 정책에 &quot;name&quot;이 필요합니다.</translation>
    </message>
    <message>
        <source>The policy file is empty; see docs/policies.md for its format.</source>
        <translation>정책 파일이 비어 있습니다. 형식은 docs/policies.md를 참고하십시오.</translation>
    </message>
    <message>
        <source>a policy file holds one document; put every policy into the lists of the first one.</source>
        <translation>정책 파일에는 문서가 하나만 있어야 합니다. 모든 정책을 첫 문서의 목록에 넣으십시오.</translation>
    </message>
    <message>
        <source>this is a %1, not a Fleetdeck policy file (kind: %2); Fleetdeck writes the Karmada objects itself.</source>
        <translation>이 파일은 Fleetdeck 정책 파일(kind: %2)이 아니라 %1입니다. Karmada 객체는 Fleetdeck이 직접 만듭니다.</translation>
    </message>
    <message>
        <source>a policy file starts with &quot;apiVersion: %1&quot; and &quot;kind: %2&quot;.</source>
        <translation>정책 파일은 &quot;apiVersion: %1&quot;과 &quot;kind: %2&quot;로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported; use %2.</source>
        <translation>apiVersion &quot;%1&quot;은(는) 지원하지 않습니다. %2을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>the policy file</source>
        <translation>정책 파일</translation>
    </message>
    <message>
        <source>The stored %1 policy &quot;%2&quot; could not be read; re-create it or restore the database from a backup.</source>
        <translation>저장된 %1 정책 &quot;%2&quot;을(를) 읽을 수 없습니다. 다시 만들거나 백업에서 데이터베이스를 복원하십시오.</translation>
    </message>
    <message>
        <source>There is no placement strategy named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;이라는 배치 전략이 없습니다.</translation>
    </message>
    <message>
        <source>There is no %1 policy named &quot;%2&quot;.</source>
        <translation>&quot;%2&quot;이라는 %1 정책이 없습니다.</translation>
    </message>
    <message>
        <source>This is the default strategy: deployments that no rule matches will have no strategy until you make another one the default.</source>
        <translation>기본 전략입니다. 다른 전략을 기본으로 지정할 때까지 어떤 규칙에도 맞지 않는 배포에는 전략이 없게 됩니다.</translation>
    </message>
    <message>
        <source>The strategy &quot;%1&quot; is used by these deployments: %2. Move them to another strategy or delete them first.</source>
        <translation>배치 전략 &quot;%1&quot;을(를) 다음 배포가 사용하고 있습니다: %2. 먼저 이 배포를 다른 전략으로 옮기거나 삭제하십시오.</translation>
    </message>
    <message>
        <source>The resource profile &quot;%1&quot; is used by these deployments: %2. Give them another profile or delete them first.</source>
        <translation>리소스 프로필 &quot;%1&quot;을(를) 다음 배포가 사용하고 있습니다: %2. 먼저 다른 프로필을 지정하거나 배포를 삭제하십시오.</translation>
    </message>
    <message>
        <source>The resource profile &quot;%1&quot; is linked by these strategies: %2. Link another profile to them first.</source>
        <translation>리소스 프로필 &quot;%1&quot;을(를) 다음 전략이 연결하고 있습니다: %2. 먼저 이 전략에 다른 프로필을 연결하십시오.</translation>
    </message>
    <message>
        <source>The failover policy &quot;%1&quot; is attached to these strategies: %2. Attach another policy or none to them first.</source>
        <translation>장애 조치 정책 &quot;%1&quot;이(가) 다음 전략에 연결되어 있습니다: %2. 먼저 이 전략에 다른 정책을 연결하거나 연결을 해제하십시오.</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>정책이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>A placement strategy named &quot;%1&quot; already exists; choose another name.</source>
        <translation>&quot;%1&quot;이라는 배치 전략이 이미 있습니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>A resource profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>&quot;%1&quot;이라는 리소스 프로필이 이미 있습니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>A failover policy named &quot;%1&quot; already exists; choose another name.</source>
        <translation>&quot;%1&quot;이라는 장애 조치 정책이 이미 있습니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>Deployments in the local store still use &quot;%1&quot;; move or delete them first.</source>
        <translation>로컬 저장소의 배포가 아직 &quot;%1&quot;을(를) 사용하고 있습니다. 먼저 옮기거나 삭제하십시오.</translation>
    </message>
    <message>
        <source>The control plane serves no Karmada policy API (policy.karmada.io ClusterPropagationPolicy); check that the cluster marked as control plane is the karmada-apiserver.</source>
        <translation>컨트롤 플레인이 Karmada 정책 API(policy.karmada.io ClusterPropagationPolicy)를 제공하지 않습니다. 컨트롤 플레인으로 지정한 클러스터가 karmada-apiserver인지 확인하세요.</translation>
    </message>
    <message>
        <source>The control plane does not serve %1; this policy cannot be synced there.</source>
        <translation>컨트롤 플레인이 %1을(를) 제공하지 않으므로 이 정책을 그곳에 동기화할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2 is on the control plane but was not made by Fleetdeck; adopt it, or remove it there, before syncing this policy.</source>
        <translation>%1 %2은(는) 컨트롤 플레인에 있지만 Fleetdeck이 만든 것이 아닙니다. 이 정책을 동기화하기 전에 가져오기(adopt)하거나 그곳에서 삭제하세요.</translation>
    </message>
    <message>
        <source>Changed on the control plane since Fleetdeck applied it.</source>
        <translation>Fleetdeck이 적용한 뒤 컨트롤 플레인에서 변경되었습니다.</translation>
    </message>
    <message>
        <source>Changed in Fleetdeck since the last sync.</source>
        <translation>마지막 동기화 이후 Fleetdeck에서 변경되었습니다.</translation>
    </message>
    <message>
        <source>Overwrote changes made on the control plane.</source>
        <translation>컨트롤 플레인에서 변경된 내용을 덮어썼습니다.</translation>
    </message>
    <message>
        <source>Not on the control plane yet.</source>
        <translation>아직 컨트롤 플레인에 없습니다.</translation>
    </message>
    <message>
        <source>The control plane did not keep %1; check its Karmada version.</source>
        <translation>컨트롤 플레인이 %1을(를) 저장하지 않았습니다. Karmada 버전을 확인하세요.</translation>
    </message>
    <message>
        <source>Not made by Fleetdeck; it can be adopted.</source>
        <translation>Fleetdeck이 만들지 않았습니다. 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Adopted as %1; the original is left as it is.</source>
        <translation>%1(으)로 가져왔습니다. 원본은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Its policy was deleted; a sync removes it.</source>
        <translation>정책이 삭제되었습니다. 동기화하면 제거됩니다.</translation>
    </message>
    <message>
        <source>Only a ClusterPropagationPolicy can be adopted as a placement strategy; keep this object as it is or recreate it in Fleetdeck.</source>
        <translation>ClusterPropagationPolicy만 배치 전략으로 가져올 수 있습니다. 이 객체는 그대로 두거나 Fleetdeck에서 다시 만드세요.</translation>
    </message>
    <message>
        <source>%1 was made by Fleetdeck; there is nothing to adopt.</source>
        <translation>%1은(는) Fleetdeck이 만든 것이므로 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>A policy named %1 exists already; rename it or delete it before adopting %2.</source>
        <translation>%1 이름의 정책이 이미 있습니다. %2을(를) 가져오기 전에 이름을 바꾸거나 삭제하세요.</translation>
    </message>
    <message>
        <source>Adopted from %1 on the control plane.</source>
        <translation>컨트롤 플레인의 %1에서 가져왔습니다.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1은(는) %2 이상 %3 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Use at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.</source>
        <translation>영문 소문자, 숫자, 하이픈으로 63자 이내로 쓰고, 영문자나 숫자로 시작하고 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Another policy of this kind already has this name; choose a different one.</source>
        <translation>같은 종류의 다른 정책이 이미 이 이름을 씁니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>Less than and greater than compare numbers; use them with the model size.</source>
        <translation>미만과 초과는 숫자를 비교합니다. 모델 크기에 사용하십시오.</translation>
    </message>
    <message>
        <source>Contains compares text; use it with the GPU type or the runtime.</source>
        <translation>포함은 텍스트를 비교합니다. GPU 종류나 런타임에 사용하십시오.</translation>
    </message>
    <message>
        <source>Enter a value for this rule.</source>
        <translation>이 규칙의 값을 입력하십시오.</translation>
    </message>
    <message>
        <source>This operator takes one value; use &quot;in&quot; to match any of several.</source>
        <translation>이 연산자는 값을 하나만 받습니다. 여러 값 중 하나와 일치시키려면 &quot;in&quot;을 사용하십시오.</translation>
    </message>
    <message>
        <source>The model size is a number of billions of parameters between 0 and %1, such as 7 or 70.</source>
        <translation>모델 크기는 7이나 70처럼 0에서 %1 사이의 파라미터 수(십억 단위)입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a runtime Fleetdeck knows (%2); the rule matches only deployments that name it exactly.</source>
        <translation>&quot;%1&quot;은(는) Fleetdeck이 아는 런타임(%2)이 아닙니다. 이 이름을 정확히 쓰는 배포에만 규칙이 적용됩니다.</translation>
    </message>
    <message>
        <source>A manual strategy places on exactly the clusters you name; choose target clusters by name.</source>
        <translation>수동 전략은 지정한 클러스터에만 배치합니다. 대상 클러스터를 이름으로 고르십시오.</translation>
    </message>
    <message>
        <source>Without target labels the strategy may use every member cluster.</source>
        <translation>대상 레이블이 없으면 전략이 모든 멤버 클러스터를 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label key (an optional DNS prefix and &apos;/&apos;, then at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>&quot;%1&quot;은(는) 올바른 레이블 키가 아닙니다(선택적 DNS 접두사와 &apos;/&apos; 뒤에 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 63자 이내).</translation>
    </message>
    <message>
        <source>The value of label &quot;%1&quot; must be at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>레이블 &quot;%1&quot;의 값은 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 63자 이내이며 영문자나 숫자로 시작하고 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Choose at least one target cluster.</source>
        <translation>대상 클러스터를 하나 이상 고르십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Karmada cluster name (lowercase letters, digits and hyphens).</source>
        <translation>&quot;%1&quot;은(는) 올바른 Karmada 클러스터 이름이 아닙니다(영문 소문자, 숫자, 하이픈).</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is listed twice.</source>
        <translation>클러스터 &quot;%1&quot;이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>Give cluster &quot;%1&quot; a weight.</source>
        <translation>클러스터 &quot;%1&quot;에 가중치를 지정하십시오.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has a weight but is not a target; add it to the targets or remove its weight.</source>
        <translation>클러스터 &quot;%1&quot;에 가중치가 있지만 대상이 아닙니다. 대상에 추가하거나 가중치를 지우십시오.</translation>
    </message>
    <message>
        <source>The weight of cluster &quot;%1&quot;</source>
        <translation>클러스터 &quot;%1&quot;의 가중치</translation>
    </message>
    <message>
        <source>There is no resource profile named &quot;%1&quot;; choose an existing one or create it first.</source>
        <translation>&quot;%1&quot;이라는 리소스 프로필이 없습니다. 있는 프로필을 고르거나 먼저 만드십시오.</translation>
    </message>
    <message>
        <source>There is no failover policy named &quot;%1&quot;; choose an existing one or create it first.</source>
        <translation>&quot;%1&quot;이라는 장애 조치 정책이 없습니다. 있는 정책을 고르거나 먼저 만드십시오.</translation>
    </message>
    <message>
        <source>The default strategy also takes every deployment that no strategy&apos;s rules match.</source>
        <translation>기본 전략은 어떤 전략의 규칙에도 맞지 않는 모든 배포도 맡습니다.</translation>
    </message>
    <message>
        <source>Turn on zone A, zone B or both; a profile without a zone changes nothing.</source>
        <translation>영역 A, 영역 B 또는 둘 다 켜십시오. 영역이 없는 프로필은 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>The number of GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>메모리(GiB)</translation>
    </message>
    <message>
        <source>CPU (millicores)</source>
        <translation>CPU(밀리코어)</translation>
    </message>
    <message>
        <source>Topology-aware placement needs whole CPUs (%1 is not); round the CPU count.</source>
        <translation>토폴로지 인식 배치에는 정수 CPU가 필요합니다(%1은(는) 정수가 아님). CPU 수를 반올림하십시오.</translation>
    </message>
    <message>
        <source>Choose a MIG profile such as 1g.10gb.</source>
        <translation>1g.10gb 같은 MIG 프로필을 고르십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MIG profile; write it as the GPU operator names it, such as 1g.10gb or 3g.40gb.</source>
        <translation>&quot;%1&quot;은(는) MIG 프로필이 아닙니다. 1g.10gb나 3g.40gb처럼 GPU 오퍼레이터의 이름으로 쓰십시오.</translation>
    </message>
    <message>
        <source>The number of MIG slices</source>
        <translation>MIG 슬라이스 수</translation>
    </message>
    <message>
        <source>MIG and NVLink conflict: MIG slices do not use NVLink; turn one of them off.</source>
        <translation>MIG와 NVLink가 충돌합니다. MIG 슬라이스는 NVLink를 쓰지 않으니 둘 중 하나를 끄십시오.</translation>
    </message>
    <message>
        <source>GPU sharing needs at least one GPU to share.</source>
        <translation>GPU 공유에는 공유할 GPU가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>The share of each GPU (%)</source>
        <translation>GPU별 공유 비율(%)</translation>
    </message>
    <message>
        <source>The minimum gang size</source>
        <translation>최소 갱 크기</translation>
    </message>
    <message>
        <source>Overcommit with QoS class %1 undermines the reserved CPUs that class promises; use LS or BE, or turn overcommit off.</source>
        <translation>QoS 클래스 %1에서 오버커밋하면 그 클래스가 보장하는 예약 CPU가 훼손됩니다. LS나 BE를 쓰거나 오버커밋을 끄십시오.</translation>
    </message>
    <message>
        <source>Best-effort pods run on reclaimed, overcommitted resources; that is what BE is for.</source>
        <translation>BE 파드는 회수된 오버커밋 리소스에서 실행됩니다. BE는 바로 이런 용도입니다.</translation>
    </message>
    <message>
        <source>The detection time (seconds)</source>
        <translation>감지 시간(초)</translation>
    </message>
    <message>
        <source>The grace period (seconds)</source>
        <translation>유예 기간(초)</translation>
    </message>
    <message>
        <source>Only one placement strategy can be the default; clear the flag on the others.</source>
        <translation>기본 배치 전략은 하나만 둘 수 있습니다. 다른 전략의 기본 표시를 해제하십시오.</translation>
    </message>
    <message>
        <source>No placement strategy is the default; deployments that no rule matches must pick a strategy by hand.</source>
        <translation>기본 배치 전략이 없습니다. 어떤 규칙에도 맞지 않는 배포는 전략을 직접 골라야 합니다.</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not valid YAML (%3); correct the file and try again.</source>
        <translation>%1행 %2열이 올바른 YAML이 아닙니다(%3). 파일을 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Line %1 uses a YAML alias, which policy files do not support; write the value out instead.</source>
        <translation>%1행에 YAML 별칭이 있습니다. 정책 파일은 별칭을 지원하지 않으니 값을 직접 쓰십시오.</translation>
    </message>
    <message>
        <source>Vault locked: unlock it to see this deployment&apos;s failovers.</source>
        <translation>볼트 잠김: 이 배포의 페일오버 내역을 보려면 볼트를 잠금 해제하세요.</translation>
    </message>
    <message>
        <source>The control plane does not serve Karmada&apos;s ResourceBinding API (work.karmada.io/v1alpha2), so its failovers cannot be shown; check that Karmada is installed there.</source>
        <translation>컨트롤 플레인이 Karmada의 ResourceBinding API(work.karmada.io/v1alpha2)를 제공하지 않아 페일오버 내역을 표시할 수 없습니다. 그곳에 Karmada가 설치되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The failovers could not be read from the control plane: %1</source>
        <translation>컨트롤 플레인에서 페일오버 내역을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A policy sync with %1 is already running here; wait for it to finish, then sync again.</source>
        <translation>%1과(와)의 정책 동기화가 이미 여기에서 실행 중입니다. 끝날 때까지 기다린 뒤 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>Another policy sync with %1 is running (held by %2 since %3); wait for it to finish, then sync again.</source>
        <translation>%1과(와)의 다른 정책 동기화가 실행 중입니다(%3부터 %2이(가) 보유). 끝날 때까지 기다린 뒤 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>Only a ClusterPropagationPolicy (as a placement strategy) or a ClusterOverridePolicy (as a resource profile) can be adopted; keep this object as it is or recreate it in Fleetdeck.</source>
        <translation>ClusterPropagationPolicy(배치 전략으로) 또는 ClusterOverridePolicy(리소스 프로필로)만 가져올 수 있습니다. 이 객체는 그대로 두거나 Fleetdeck에서 다시 만드세요.</translation>
    </message>
    <message>
        <source>%1 is not something a resource profile holds</source>
        <translation>%1은(는) 리소스 프로필이 담을 수 없는 항목입니다</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 has a value Fleetdeck does not write</source>
        <translation>%1에 Fleetdeck이 쓰지 않는 값이 있습니다</translation>
    </message>
    <message>
        <source>%1 cannot be adopted as a resource profile: %2; keep it as it is, or recreate it in Fleetdeck.</source>
        <translation>%1은(는) 리소스 프로필로 가져올 수 없습니다: %2. 그대로 두거나 Fleetdeck에서 다시 만드세요.</translation>
    </message>
    <message>
        <source>%1 sets %2 a second time</source>
        <translation>%1이(가) %2을(를) 두 번째로 설정합니다</translation>
    </message>
    <message>
        <source>Only a ClusterOverridePolicy can be adopted as a resource profile; keep this object as it is or recreate it in Fleetdeck.</source>
        <translation>ClusterOverridePolicy만 리소스 프로필로 가져올 수 있습니다. 이 객체는 그대로 두거나 Fleetdeck에서 다시 만드세요.</translation>
    </message>
    <message>
        <source>%1 does not select a zone by the cluster label %2 alone</source>
        <translation>%1이(가) 클러스터 레이블 %2만으로 영역을 선택하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is a second rule for zone %2</source>
        <translation>%1은(는) 영역 %2의 두 번째 규칙입니다</translation>
    </message>
    <message>
        <source>Not made by Fleetdeck; it applies only in namespace %1, which Fleetdeck&apos;s policies cannot express, so it is listed and left as it is.</source>
        <translation>Fleetdeck이 만들지 않았습니다. 네임스페이스 %1에만 적용되며 Fleetdeck 정책으로는 이를 표현할 수 없으므로 목록에만 표시하고 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Name the %1 as NAMESPACE/NAME, as the sync lists it.</source>
        <translation>동기화 목록에 표시된 대로 %1을(를) NAMESPACE/NAME 형식으로 지정하세요.</translation>
    </message>
    <message>
        <source>A %1 has no namespace; name it without one.</source>
        <translation>%1에는 네임스페이스가 없습니다. 네임스페이스 없이 이름만 지정하세요.</translation>
    </message>
    <message>
        <source>%1 %2 applies only in namespace %3, and a Fleetdeck placement strategy cannot be limited to one namespace; keep it as it is, or create a strategy in Fleetdeck for every namespace.</source>
        <translation>%1 %2은(는) 네임스페이스 %3에만 적용되지만 Fleetdeck 배치 전략은 하나의 네임스페이스로 제한할 수 없습니다. 그대로 두거나 Fleetdeck에서 모든 네임스페이스에 적용되는 전략을 만드세요.</translation>
    </message>
    <message>
        <source>%1 %2 applies only in namespace %3, and a Fleetdeck resource profile cannot be limited to one namespace; keep it as it is, or create a profile in Fleetdeck for every namespace.</source>
        <translation>%1 %2은(는) 네임스페이스 %3에만 적용되지만 Fleetdeck 리소스 프로필은 하나의 네임스페이스로 제한할 수 없습니다. 그대로 두거나 Fleetdeck에서 모든 네임스페이스에 적용되는 프로필을 만드세요.</translation>
    </message>
    <message>
        <source>A policy sync with %1 is running here; adopt once it has finished.</source>
        <translation>%1과(와)의 정책 동기화가 이 프로그램에서 실행 중입니다. 끝난 뒤에 가져오세요.</translation>
    </message>
    <message>
        <source>it could not be renewed in time</source>
        <translation>제때 갱신하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 holds it now</source>
        <translation>이제 %1이(가) 보유하고 있습니다</translation>
    </message>
    <message>
        <source>someone else changed it</source>
        <translation>다른 사용자가 변경했습니다</translation>
    </message>
    <message>
        <source>someone removed it</source>
        <translation>다른 사용자가 삭제했습니다</translation>
    </message>
    <message>
        <source>The policy sync with %1 stopped because its lease was lost (%2); changes not yet made were not made, so sync again.</source>
        <translation>%1과(와)의 정책 동기화는 리스를 잃어 중단되었습니다(%2). 아직 적용되지 않은 변경은 적용되지 않았으니 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>An adoption on %1 is running here; wait for it to finish, then sync again.</source>
        <translation>%1에서 가져오기가 이 프로그램에서 실행 중입니다. 끝날 때까지 기다린 뒤 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>Another adoption on %1 is running here; adopt once it has finished.</source>
        <translation>%1에서 다른 가져오기가 이 프로그램에서 실행 중입니다. 끝난 뒤에 가져오세요.</translation>
    </message>
    <message>
        <source>Namespaced %1 objects could not be listed: %2; they are not compared.</source>
        <translation>네임스페이스 범위의 %1 객체를 조회할 수 없었습니다: %2. 이 객체들은 비교하지 않았습니다.</translation>
    </message>
    <message>
        <source>Another policy sync with %1 is running (held by %2 since %3); adopt once it has finished.</source>
        <translation>%1과(와)의 다른 정책 동기화가 실행 중입니다(%3부터 %2이(가) 보유). 끝난 뒤에 가져오세요.</translation>
    </message>
    <message>
        <source>Removed %1, which another field manager had set and Fleetdeck does not.</source>
        <translation>%1을(를) 제거했습니다. 다른 필드 관리자가 설정했으며 Fleetdeck은 설정하지 않는 필드입니다.</translation>
    </message>
    <message>
        <source>Changed on the control plane while Fleetdeck synced it; sync again.</source>
        <translation>Fleetdeck이 동기화하는 동안 컨트롤 플레인에서 변경되었습니다. 다시 동기화하세요.</translation>
    </message>
</context>
<context>
    <name>fd::registry</name>
    <message>
        <source>The cluster &quot;%1&quot; has no server URL.</source>
        <translation>클러스터 &quot;%1&quot;에 서버 URL이 없습니다.</translation>
    </message>
    <message>
        <source>A cluster named &quot;%1&quot; is already registered; use another name such as &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;(이)라는 이름의 클러스터가 이미 등록되어 있습니다. &quot;%2&quot; 같은 다른 이름을 사용하십시오.</translation>
    </message>
    <message>
        <source>Kept the name &quot;%1&quot;: &quot;%2&quot; is used by another cluster.</source>
        <translation>&quot;%2&quot;은(는) 다른 클러스터가 사용 중이므로 이름을 &quot;%1&quot;(으)로 유지했습니다.</translation>
    </message>
    <message>
        <source>The cluster is no longer registered.</source>
        <translation>이 클러스터는 더 이상 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The local record of &quot;%1&quot; (settings, labels, health history).</source>
        <translation>&quot;%1&quot;의 로컬 데이터(설정, 레이블, 상태 이력).</translation>
    </message>
    <message>
        <source>Its credentials in the secret vault.</source>
        <translation>비밀 정보 볼트에 저장된 이 클러스터의 자격 증명.</translation>
    </message>
    <message>
        <source>On the member cluster: the ServiceAccount %1/%2, the ClusterRole and ClusterRoleBinding %3 and the token Secret %1/%4.</source>
        <translation>멤버 클러스터: ServiceAccount %1/%2, ClusterRole 및 ClusterRoleBinding %3, 토큰 Secret %1/%4.</translation>
    </message>
    <message>
        <source>the control plane</source>
        <translation>컨트롤 플레인</translation>
    </message>
    <message>
        <source>On %1: the Karmada Cluster %2 and the Secret %3/%4.</source>
        <translation>%1: Karmada Cluster %2 및 Secret %3/%4.</translation>
    </message>
    <message>
        <source>Nothing in Karmada: the cluster was registered there by other means and will be found again by the next reconcile unless it is unregistered there.</source>
        <translation>Karmada에서는 아무것도 삭제하지 않습니다. 이 클러스터는 다른 방법으로 Karmada에 등록되었으므로, Karmada에서 등록을 해제하지 않으면 다음 동기화 때 다시 발견됩니다.</translation>
    </message>
    <message>
        <source>Credentials removed from the vault.</source>
        <translation>볼트에서 자격 증명을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Local record of &quot;%1&quot; removed.</source>
        <translation>&quot;%1&quot;의 로컬 데이터를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Local record: %1</source>
        <translation>로컬 데이터: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid data center id: use lowercase letters, digits and &apos;-&apos;, like &quot;seoul-dc2&quot;.</source>
        <translation>&quot;%1&quot;은(는) 올바른 데이터 센터 ID가 아닙니다. &quot;seoul-dc2&quot;처럼 영문 소문자, 숫자, &apos;-&apos;만 사용하십시오.</translation>
    </message>
    <message>
        <source>The data center &quot;%1&quot; already exists.</source>
        <translation>데이터 센터 &quot;%1&quot;이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a member of a Karmada control plane; unjoin it before marking it as a control plane.</source>
        <translation>&quot;%1&quot;은(는) Karmada 컨트롤 플레인의 멤버 클러스터입니다. 컨트롤 플레인으로 지정하기 전에 먼저 조인을 해제하십시오.</translation>
    </message>
    <message>
        <source>A cluster cannot join itself as its Karmada control plane.</source>
        <translation>클러스터는 자기 자신을 Karmada 컨트롤 플레인으로 삼아 조인할 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already joined to Karmada; unjoin it first.</source>
        <translation>&quot;%1&quot;은(는) 이미 Karmada에 조인되어 있습니다. 먼저 조인을 해제하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked as a Karmada control plane and cannot join another one.</source>
        <translation>&quot;%1&quot;은(는) Karmada 컨트롤 플레인으로 지정되어 있어 다른 컨트롤 플레인에 조인할 수 없습니다.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>멤버 클러스터 %1</translation>
    </message>
    <message>
        <source>control plane %1</source>
        <translation>컨트롤 플레인 %1</translation>
    </message>
    <message>
        <source>The cluster is not joined to Karmada.</source>
        <translation>이 클러스터는 Karmada에 조인되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Reconcile with %1: %2</source>
        <translation>%1 동기화: %2</translation>
    </message>
    <message>
        <source>The local store could not %1 the cluster registry.</source>
        <translation>로컬 저장소에서 클러스터 레지스트리 작업(%1)을 수행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Pods could not be listed (403), so GPUs in use are not counted.</source>
        <translation>파드 목록을 조회할 수 없어(403) 사용 중인 GPU는 집계하지 않았습니다.</translation>
    </message>
    <message>
        <source>Vault entry %1: %2</source>
        <translation>볼트 항목 %1: %2</translation>
    </message>
    <message>
        <source>No random numbers are available.</source>
        <translation>난수를 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The context names no server URL; enter one before saving.</source>
        <translation>컨텍스트에 서버 URL이 지정되어 있지 않습니다. 저장하기 전에 서버 URL을 입력하십시오.</translation>
    </message>
    <message>
        <source>The client certificate or key is missing; the cluster cannot be reached with it.</source>
        <translation>클라이언트 인증서 또는 키가 없어 이 설정으로는 클러스터에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; is not on this machine&apos;s PATH; install it or set its path for this cluster.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) 이 컴퓨터의 PATH에 없습니다. 플러그인을 설치하거나 이 클러스터에 플러그인 경로를 지정하십시오.</translation>
    </message>
    <message>
        <source>timed out waiting for it</source>
        <translation>완료를 기다리다 시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>rolled back: %1</source>
        <translation>롤백됨: %1</translation>
    </message>
    <message>
        <source>The pod list is larger than Fleetdeck reads at once, so GPUs in use are not counted.</source>
        <translation>포드 목록이 Fleetdeck이 한 번에 읽는 크기보다 커서 사용 중인 GPU를 세지 않았습니다.</translation>
    </message>
    <message>
        <source>The member&apos;s API server address %1 is a loopback address: it names the control plane&apos;s own machine, so Karmada cannot reach the member there. Register the member with an address the control plane can reach.</source>
        <translation>멤버의 API 서버 주소 %1은(는) 루프백 주소입니다. 이 주소는 컨트롤 플레인 자신의 컴퓨터를 가리키므로 Karmada가 그 주소로 멤버에 연결할 수 없습니다. 컨트롤 플레인이 연결할 수 있는 주소로 멤버를 등록하십시오.</translation>
    </message>
    <message>
        <source>The cluster&apos;s credentials are in the vault, which is locked; unlock it to check the cluster.</source>
        <translation>클러스터의 자격 증명이 잠긴 볼트에 있습니다. 클러스터를 확인하려면 볼트 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 list is not a Kubernetes list (not JSON, or no items).</source>
        <translation>서버의 %1 목록이 Kubernetes 목록이 아닙니다(JSON이 아니거나 items가 없음).</translation>
    </message>
    <message>
        <source>The Karmada Cluster of &quot;%1&quot; could not be updated with its zone, data center and labels: %2 They are saved locally; save again to retry.</source>
        <translation>&quot;%1&quot;의 Karmada Cluster에 영역, 데이터 센터, 레이블을 반영하지 못했습니다: %2 로컬에는 저장되었으니 다시 저장하여 재시도하세요.</translation>
    </message>
</context>
<context>
    <name>fd::secrets</name>
    <message>
        <source>&quot;%1&quot; is not a secret reference.</source>
        <translation>&quot;%1&quot;은(는) 비밀 참조가 아닙니다.</translation>
    </message>
    <message>
        <source>FLEETDECK_SECRET_BACKEND must be &quot;vault&quot; or &quot;keychain&quot;, not &quot;%1&quot;.</source>
        <translation>FLEETDECK_SECRET_BACKEND는 &quot;%1&quot;이(가) 아니라 &quot;vault&quot; 또는 &quot;keychain&quot;이어야 합니다.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault; nothing was changed.</source>
        <translation>이 암호 문구로는 볼트를 열 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The secret vault is locked; unlock it with its passphrase first.</source>
        <translation>볼트가 잠겨 있습니다. 먼저 암호 문구를 입력해 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>The OS keychain on this computer does not hold the secret %1 (was this database copied from another computer?). Nothing was deleted; enter the credential again to store it here.</source>
        <translation>이 컴퓨터의 OS 키체인에 비밀 정보 %1이(가) 없습니다(이 데이터베이스를 다른 컴퓨터에서 복사했습니까?). 아무것도 삭제하지 않았습니다. 이 컴퓨터에 저장하려면 자격 증명을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The secret %1 is kept in an OS keychain that is not available on this computer (was this database copied from another computer?). Nothing was deleted; enter the credential again to store it here.</source>
        <translation>비밀 정보 %1은(는) 이 컴퓨터에서 사용할 수 없는 OS 키체인에 보관되어 있습니다(이 데이터베이스를 다른 컴퓨터에서 복사했습니까?). 아무것도 삭제하지 않았습니다. 이 컴퓨터에 저장하려면 자격 증명을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The vault was written in a format this Fleetdeck does not read; it was left untouched.</source>
        <translation>이 볼트는 이 버전의 Fleetdeck이 읽을 수 없는 형식으로 저장되어 있습니다. 볼트는 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect the vault; enter one.</source>
        <translation>빈 암호 문구로는 볼트를 보호할 수 없습니다. 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>볼트를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-check value is damaged; the vault was left untouched.</source>
        <translation>볼트의 키 확인 값이 손상되었습니다. 볼트는 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The stored secret %1 failed its integrity check (damaged or tampered with) and was not used; enter the credential again.</source>
        <translation>저장된 비밀 정보 %1이(가) 무결성 검사를 통과하지 못해(손상되었거나 변조됨) 사용하지 않았습니다. 자격 증명을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>%1에 대해 저장된 비밀 정보가 없습니다.</translation>
    </message>
    <message>
        <source>The vault has no ciphertext for the secret %1; enter the credential again.</source>
        <translation>볼트에 비밀 정보 %1의 암호문이 없습니다. 자격 증명을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The secret store could not be started.</source>
        <translation>비밀 정보 저장소를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>An internal error kept this secret from being read or written; nothing was changed.</source>
        <translation>내부 오류로 이 비밀 정보를 읽거나 쓰지 못했습니다. 변경된 것은 없습니다.</translation>
    </message>
    <message>
        <source>The vault was locked while the passphrase was being checked; unlock it again.</source>
        <translation>암호 문구를 확인하는 동안 볼트가 잠겼습니다. 다시 잠금을 해제하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::secrets::crypto</name>
    <message>
        <source>An encrypted value is damaged.</source>
        <translation>암호화된 값이 손상되었습니다.</translation>
    </message>
</context>
<context>
    <name>fd::store</name>
    <message>
        <source>The local database could not be upgraded to schema version %1; it was left at version %2.</source>
        <translation>로컬 데이터베이스를 스키마 버전 %1(으)로 업그레이드할 수 없습니다. 버전 %2 상태로 유지했습니다.</translation>
    </message>
    <message>
        <source>The local database reported an error.</source>
        <translation>로컬 데이터베이스에서 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>데이터베이스 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Fleetdeck (schema version %2; this version reads up to %3). It was left untouched: use the newer Fleetdeck, or start this one with another data directory.</source>
        <translation>데이터베이스 %1은(는) 더 최신 버전의 Fleetdeck에서 작성되었습니다(스키마 버전 %2, 이 버전은 %3까지 지원). 파일은 변경하지 않았습니다. 최신 Fleetdeck을 사용하거나 다른 데이터 디렉터리로 이 버전을 시작하세요.</translation>
    </message>
    <message>
        <source>A database write failed unexpectedly.</source>
        <translation>데이터베이스 쓰기가 예기치 않게 실패했습니다.</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging.</source>
        <translation>데이터베이스를 WAL(write-ahead logging) 모드로 전환할 수 없습니다.</translation>
    </message>
    <message>
        <source>The database %1 could not be created.</source>
        <translation>데이터베이스 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The connection settings of this entry are missing from the local store; enter them again.</source>
        <translation>이 항목의 연결 설정이 로컬 저장소에 없습니다. 다시 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::store::Store</name>
    <message>
        <source>The data directory %1 could not be created.</source>
        <translation>데이터 디렉터리 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The setting %1 is not set.</source>
        <translation>설정 %1이(가) 지정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>fd::vsphere</name>
    <message>
        <source>The vCenter&apos;s content library answer is not valid JSON; check that the URL points to the vCenter itself.</source>
        <translation>vCenter의 콘텐츠 라이브러리 응답이 올바른 JSON이 아닙니다. URL이 vCenter 자체를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s content library did not open a session; check that the URL points to the vCenter itself.</source>
        <translation>vCenter의 콘텐츠 라이브러리가 세션을 열지 않았습니다. URL이 vCenter 자체를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer ended in the middle (the connection was cut or a proxy truncated it); try again, and check the proxy if it keeps happening.</source>
        <translation>vCenter의 응답이 중간에 끊겼습니다(연결이 끊겼거나 프록시가 잘랐습니다). 다시 시도하고, 계속되면 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer is not valid XML; check that the URL points to a vCenter or ESXi host and not to a proxy or another service.</source>
        <translation>vCenter의 응답이 올바른 XML이 아닙니다. URL이 프록시나 다른 서비스가 아니라 vCenter 또는 ESXi 호스트를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer is nested too deeply to be read; check that the URL points to a vCenter or ESXi host.</source>
        <translation>vCenter의 응답이 너무 깊게 중첩되어 읽을 수 없습니다. URL이 vCenter 또는 ESXi 호스트를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer is too large to be read; narrow the request or contact support.</source>
        <translation>vCenter의 응답이 너무 커서 읽을 수 없습니다. 요청 범위를 줄이거나 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>The vCenter sent an empty answer; try again, and check the proxy if it keeps happening.</source>
        <translation>vCenter가 빈 응답을 보냈습니다. 다시 시도하고, 계속되면 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of the vSphere API; check that the URL points to the vCenter itself (https://vcenter.example/sdk).</source>
        <translation>서버가 vSphere API 대신 웹 페이지로 응답했습니다. URL이 vCenter 자체(https://vcenter.example/sdk)를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a vSphere SOAP message; check that the URL points to a vCenter or ESXi host.</source>
        <translation>서버 응답이 vSphere SOAP 메시지가 아닙니다. URL이 vCenter 또는 ESXi 호스트를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer has no SOAP body; try again, and check the proxy if it keeps happening.</source>
        <translation>vCenter의 응답에 SOAP 본문이 없습니다. 다시 시도하고, 계속되면 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer is empty; try again, and check the proxy if it keeps happening.</source>
        <translation>vCenter의 응답이 비어 있습니다. 다시 시도하고, 계속되면 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter answered a different call than the one asked; try again, and check the proxy if it keeps happening.</source>
        <translation>vCenter가 요청한 것과 다른 호출에 응답했습니다. 다시 시도하고, 계속되면 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <source>A value in the vCenter&apos;s answer is too large to be read; contact support if this keeps happening.</source>
        <translation>vCenter 응답의 값 하나가 너무 커서 읽을 수 없습니다. 계속되면 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>The vCenter reported a server error (HTTP %1) without saying why; try again in a few minutes.</source>
        <translation>vCenter가 이유 없이 서버 오류(HTTP %1)를 보고했습니다. 몇 분 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The inventory was read only in part (%1 objects) when the vCenter reported an error: %2</source>
        <translation>인벤토리를 일부(오브젝트 %1개)만 읽은 상태에서 vCenter가 오류를 보고했습니다: %2</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer lacks what was asked for; check that the URL points to a vCenter or ESXi host.</source>
        <translation>vCenter의 응답에 요청한 내용이 없습니다. URL이 vCenter 또는 ESXi 호스트를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>This vSphere server has no inventory views (it is too old); use vCenter 6.7 or later.</source>
        <translation>이 vSphere 서버에는 인벤토리 뷰가 없습니다(버전이 너무 오래됨). vCenter 6.7 이상을 사용하십시오.</translation>
    </message>
    <message>
        <source>The vCenter no longer knows the task; see the vCenter&apos;s recent tasks for its outcome.</source>
        <translation>vCenter가 더 이상 이 작업을 알지 못합니다. 결과는 vCenter의 최근 작업에서 확인하십시오.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>The vCenter refused the user name or password; check them (user names usually include the domain, like administrator@vsphere.local).</source>
        <translation>vCenter가 사용자 이름 또는 암호를 거부했습니다. 확인하십시오(사용자 이름에는 보통 administrator@vsphere.local처럼 도메인이 포함됩니다).</translation>
    </message>
    <message>
        <source>The vCenter session has ended (it expired or was closed by an administrator); sign in again.</source>
        <translation>vCenter 세션이 종료되었습니다(만료되었거나 관리자가 닫았습니다). 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>%1 was refused: the vCenter user lacks the privilege %2; ask a vCenter administrator to grant it.</source>
        <translation>%1 작업이 거부되었습니다. vCenter 사용자에게 %2 권한이 없습니다. vCenter 관리자에게 권한 부여를 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 was refused: the vCenter user lacks a required privilege; ask a vCenter administrator for the role it needs.</source>
        <translation>%1 작업이 거부되었습니다. vCenter 사용자에게 필요한 권한이 없습니다. vCenter 관리자에게 필요한 역할을 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 was rejected by the vCenter: %2 is not valid; correct it and try again.</source>
        <translation>vCenter가 %1 작업을 거부했습니다. %2 값이 올바르지 않습니다. 수정한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 was rejected by the vCenter as invalid (%2); correct it and try again.</source>
        <translation>vCenter가 %1 작업을 유효하지 않다며 거부했습니다(%2). 수정한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 is not possible in the VM&apos;s current power state; refresh and try again.</source>
        <translation>VM의 현재 전원 상태에서는 %1 작업을 할 수 없습니다. 새로 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot start while another task runs on the object; wait for it to finish and try again.</source>
        <translation>이 오브젝트에서 다른 작업이 실행 중이라 %1 작업을 시작할 수 없습니다. 끝날 때까지 기다린 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 is not possible in the object&apos;s current state; refresh and try again.</source>
        <translation>오브젝트의 현재 상태에서는 %1 작업을 할 수 없습니다. 새로 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 failed because the object no longer exists in the vCenter; refresh the inventory.</source>
        <translation>오브젝트가 vCenter에 더 이상 없어 %1 작업이 실패했습니다. 인벤토리를 새로 고치십시오.</translation>
    </message>
    <message>
        <source>%1 failed because the name is already taken; choose another name.</source>
        <translation>이름이 이미 사용 중이라 %1 작업이 실패했습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 failed for lack of resources (CPU, memory, disk space or licences); free some or choose another placement.</source>
        <translation>리소스(CPU, 메모리, 디스크 공간 또는 라이선스)가 부족해 %1 작업이 실패했습니다. 리소스를 확보하거나 다른 배치를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 needs VMware Tools running in the guest; start the guest&apos;s tools or power the VM off instead.</source>
        <translation>%1 작업에는 게스트에서 실행 중인 VMware Tools가 필요합니다. 게스트의 Tools를 시작하거나 대신 VM 전원을 끄십시오.</translation>
    </message>
    <message>
        <source>%1 is not supported by this vCenter or host; check its version.</source>
        <translation>이 vCenter 또는 호스트는 %1 작업을 지원하지 않습니다. 버전을 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter no longer knows the change stream&apos;s position; the inventory is read again.</source>
        <translation>vCenter가 변경 스트림의 위치를 더 이상 알지 못합니다. 인벤토리를 다시 읽습니다.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 작업이 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 failed in the vCenter: %2</source>
        <translation>vCenter에서 %1 작업이 실패했습니다: %2</translation>
    </message>
    <message>
        <source>%1 failed in the vCenter (%2); see the vCenter&apos;s tasks and events.</source>
        <translation>vCenter에서 %1 작업이 실패했습니다(%2). vCenter의 작업 및 이벤트를 확인하십시오.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유가 제공되지 않음</translation>
    </message>
    <message>
        <source>The request to the vCenter was cancelled.</source>
        <translation>vCenter 요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The vCenter&apos;s answer exceeded the size limit; narrow the request or contact support.</source>
        <translation>vCenter의 응답이 크기 제한을 넘었습니다. 요청 범위를 줄이거나 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>%1 has no vSphere API (HTTP 404); check the URL (the vCenter&apos;s address, optionally with /sdk).</source>
        <translation>%1에는 vSphere API가 없습니다(HTTP 404). URL(vCenter 주소, 필요하면 /sdk 포함)을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2); check the credentials and any proxy in between.</source>
        <translation>%1이(가) 요청을 거부했습니다(HTTP %2). 자격 증명과 중간의 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <source>The vCenter at %1 reported a server error (HTTP %2); it may be starting or overloaded, try again in a few minutes.</source>
        <translation>%1의 vCenter가 서버 오류(HTTP %2)를 보고했습니다. 시작 중이거나 과부하 상태일 수 있으니 몇 분 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The vCenter at %1 answered with HTTP %2; check the URL.</source>
        <translation>%1의 vCenter가 HTTP %2(으)로 응답했습니다. URL을 확인하십시오.</translation>
    </message>
    <message>
        <source>The IP pool %1 – %2 is not a range of IPv4 addresses; enter them like 10.20.0.10 and 10.20.0.50.</source>
        <translation>IP 풀 %1 – %2은(는) IPv4 주소 범위가 아닙니다. 10.20.0.10, 10.20.0.50처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>The IP pool ends (%2) before it starts (%1); swap the addresses.</source>
        <translation>IP 풀의 끝 주소(%2)가 시작 주소(%1)보다 앞섭니다. 두 주소를 바꾸십시오.</translation>
    </message>
    <message>
        <source>The IP pool %1 – %2 is larger than 65,536 addresses; narrow it.</source>
        <translation>IP 풀 %1 – %2이(가) 주소 65,536개보다 큽니다. 범위를 줄이십시오.</translation>
    </message>
    <message>
        <source>Scale out by at least one VM.</source>
        <translation>스케일 아웃할 VM 수를 1 이상으로 지정하십시오.</translation>
    </message>
    <message>
        <source>The IP pool of %1 has %2 free addresses but %3 VMs were asked for; nothing was cloned. Widen the pool or scale out by fewer.</source>
        <translation>%1의 IP 풀에는 사용 가능한 주소가 %2개뿐인데 VM %3개를 요청했습니다. 아무것도 복제하지 않았습니다. 풀을 넓히거나 더 적게 스케일 아웃하십시오.</translation>
    </message>
    <message>
        <source>A vCenter connection named &quot;%1&quot; already exists; choose another name or remove the old one first.</source>
        <translation>&quot;%1&quot; vCenter 연결이 이미 있습니다. 다른 이름을 선택하거나 기존 연결을 먼저 제거하십시오.</translation>
    </message>
    <message>
        <source>The name pattern “%1” does not make valid VM host names; use letters, digits and &apos;-&apos; with {n} for the number, like llm-{n:02}.</source>
        <translation>이름 패턴 “%1”(으)로는 올바른 VM 호스트 이름을 만들 수 없습니다. 영문자, 숫자, &apos;-&apos;를 사용하고 번호 자리에는 {n}을 넣으십시오(예: llm-{n:02}).</translation>
    </message>
    <message>
        <source>There is no cluster named &quot;%1&quot; in this vCenter; see the Hosts tab or `vcenter hosts`.</source>
        <translation>이 vCenter에 &quot;%1&quot; 클러스터가 없습니다. 호스트 탭이나 `vcenter hosts`를 확인하십시오.</translation>
    </message>
    <message>
        <source>No cluster or host to place the clone on was found; name a cluster.</source>
        <translation>복제본을 배치할 클러스터나 호스트를 찾지 못했습니다. 클러스터를 지정하십시오.</translation>
    </message>
    <message>
        <source>There is no host named &quot;%1&quot; in %2.</source>
        <translation>%2에 &quot;%1&quot; 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>There is no datastore named &quot;%1&quot; in this vCenter; see the Datastores tab.</source>
        <translation>이 vCenter에 &quot;%1&quot; 데이터스토어가 없습니다. 데이터스토어 탭을 확인하십시오.</translation>
    </message>
    <message>
        <source>There is no VM folder &quot;%1&quot; in this vCenter; give its name or its path (/DC0/vm/prod).</source>
        <translation>이 vCenter에 &quot;%1&quot; VM 폴더가 없습니다. 폴더 이름이나 경로(/DC0/vm/prod)를 입력하십시오.</translation>
    </message>
    <message>
        <source>The template is in no VM folder; name a folder for the clone.</source>
        <translation>템플릿이 VM 폴더에 있지 않습니다. 복제본을 둘 폴더를 지정하십시오.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot; in this vCenter; see the Templates tab or `vcenter templates`.</source>
        <translation>이 vCenter에 &quot;%1&quot; 템플릿이 없습니다. 템플릿 탭이나 `vcenter templates`를 확인하십시오.</translation>
    </message>
    <message>
        <source>There is no VM named &quot;%1&quot; in this vCenter; see the VMs tab or `vcenter vms`.</source>
        <translation>이 vCenter에 &quot;%1&quot; VM이 없습니다. VM 탭이나 `vcenter vms`를 확인하십시오.</translation>
    </message>
    <message>
        <source>Several VMs are named &quot;%1&quot; (in %2); rename one in vCenter first.</source>
        <translation>&quot;%1&quot; 이름의 VM이 여러 개 있습니다(%2). 먼저 vCenter에서 하나의 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>A VM named &quot;%1&quot; already exists; choose another name.</source>
        <translation>&quot;%1&quot; VM이 이미 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>The vCenter connection was closed.</source>
        <translation>vCenter 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>Power off %1</source>
        <translation>%1 전원 끄기</translation>
    </message>
    <message>
        <source>%1 Cloned before the failure (left in place): %2.</source>
        <translation>%1 실패 전에 복제된 VM(그대로 남아 있음): %2.</translation>
    </message>
    <message>
        <source>%1 Removed before the failure: %2.</source>
        <translation>%1 실패 전에 제거된 VM: %2.</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>%1 복제</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>The scale group &quot;%1&quot; has no VMs to remove.</source>
        <translation>&quot;%1&quot; 스케일 그룹에 제거할 VM이 없습니다.</translation>
    </message>
    <message>
        <source>Give a number of VMs greater than zero.</source>
        <translation>VM 수를 1 이상으로 지정하십시오.</translation>
    </message>
    <message>
        <source>The vCenter password is in the vault and the vault is locked; unlock it and try again.</source>
        <translation>vCenter 암호가 볼트에 있는데 볼트가 잠겨 있습니다. 잠금을 해제한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable connection name; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>&quot;%1&quot;은(는) 사용할 수 없는 연결 이름입니다. 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;를 사용하십시오(최대 64자).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCenter URL; give it as https://vcenter.example (optionally with /sdk).</source>
        <translation>&quot;%1&quot;은(는) vCenter URL이 아닙니다. https://vcenter.example 형식으로 입력하십시오(/sdk는 선택).</translation>
    </message>
    <message>
        <source>A vCenter user name is needed (for example administrator@vsphere.local).</source>
        <translation>vCenter 사용자 이름이 필요합니다(예: administrator@vsphere.local).</translation>
    </message>
    <message>
        <source>The certificate fingerprint to trust must be a SHA-256 (64 hexadecimal digits, with or without colons).</source>
        <translation>신뢰할 인증서 지문은 SHA-256이어야 합니다(16진수 64자리, 콜론은 있어도 없어도 됨).</translation>
    </message>
    <message>
        <source>There is no vCenter connection named &quot;%1&quot;; see the list of connections.</source>
        <translation>&quot;%1&quot; vCenter 연결이 없습니다. 연결 목록을 확인하십시오.</translation>
    </message>
    <message>
        <source>The certificate could not be trusted: the connection or the fingerprint is unknown.</source>
        <translation>인증서를 신뢰할 수 없습니다. 연결 또는 지문을 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Signed in to %1 (API %2).</source>
        <translation>%1에 로그인했습니다(API %2).</translation>
    </message>
    <message>
        <source>The vCenter connection was removed.</source>
        <translation>vCenter 연결이 제거되었습니다.</translation>
    </message>
    <message>
        <source>A scale group named “%1” already exists for this vCenter; choose another name.</source>
        <translation>이 vCenter에 “%1” 스케일 그룹이 이미 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AboutDialog</name>
    <message>
        <source>About Fleetdeck</source>
        <translation>Fleetdeck 정보</translation>
    </message>
    <message>
        <source>Native console for on-premises GPU and AI infrastructure.</source>
        <translation>온프레미스 GPU·AI 인프라를 위한 네이티브 관리 콘솔입니다.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>사용 라이브러리</translation>
    </message>
    <message>
        <source>Fleetdeck works offline: it contacts only the endpoints you configure.</source>
        <translation>Fleetdeck은 오프라인으로 동작하며, 사용자가 설정한 엔드포인트에만 접속합니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AddDataCenterDialog</name>
    <message>
        <source>Add data center</source>
        <translation>데이터 센터 추가</translation>
    </message>
    <message>
        <source>e.g. Seoul DC2</source>
        <translation>예: 서울 DC2</translation>
    </message>
    <message>
        <source>e.g. seoul-dc2</source>
        <translation>예: seoul-dc2</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Enter a label and an id.</source>
        <translation>표시 이름과 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>The id may contain lowercase letters, digits and &apos;-&apos; only.</source>
        <translation>ID에는 영문 소문자, 숫자, &apos;-&apos;만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by %2.</source>
        <translation>ID &quot;%1&quot;은(는) 이미 %2에서 사용 중입니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AddPrometheusDialog</name>
    <message>
        <source>Add Prometheus endpoint</source>
        <translation>Prometheus 엔드포인트 추가</translation>
    </message>
    <message>
        <source>The Prometheus that scrapes NVIDIA dcgm-exporter. Reach it at its URL, or through a registered cluster&apos;s API server with the credentials Fleetdeck already holds (no extra address, port or secret).</source>
        <translation>NVIDIA dcgm-exporter를 수집하는 Prometheus입니다. URL로 접속하거나, Fleetdeck이 이미 가진 자격 증명으로 등록된 클러스터의 API 서버를 통해 접속합니다(추가 주소, 포트, 비밀 정보가 필요 없음).</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>인증:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>비밀번호 또는 토큰:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 파일:</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256):</source>
        <translation>고정 인증서(SHA-256):</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>서비스:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>클러스터:</translation>
    </message>
    <message>
        <source>Reach it:</source>
        <translation>접속 방법:</translation>
    </message>
    <message>
        <source>At a URL</source>
        <translation>URL로</translation>
    </message>
    <message>
        <source>Through the cluster&apos;s API server (service proxy)</source>
        <translation>클러스터 API 서버를 통해(서비스 프록시)</translation>
    </message>
    <message>
        <source>None (shared by every cluster)</source>
        <translation>없음(모든 클러스터가 공유)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic(사용자와 비밀번호)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (insecure)</source>
        <translation>서버 인증서를 검증하지 않음(안전하지 않음)</translation>
    </message>
    <message>
        <source>Kept only in the vault</source>
        <translation>보관소에만 저장됩니다</translation>
    </message>
    <message>
        <source>NAMESPACE/NAME:PORT; leave empty to discover the Prometheus service by its labels.</source>
        <translation>NAMESPACE/NAME:PORT 형식입니다. 비워 두면 레이블로 Prometheus 서비스를 찾습니다.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Choose the cluster whose API server leads to Prometheus.</source>
        <translation>API 서버를 통해 Prometheus에 접속할 클러스터를 선택하십시오.</translation>
    </message>
    <message>
        <source>Write the service as NAMESPACE/NAME:PORT, e.g. monitoring/prometheus-operated:9090, or leave it empty to discover it.</source>
        <translation>서비스를 NAMESPACE/NAME:PORT 형식(예: monitoring/prometheus-operated:9090)으로 쓰거나, 비워 두어 자동으로 찾게 하십시오.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic 인증에는 사용자 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>토큰을 입력하십시오.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 is not a readable PEM certificate; choose the CA file again.</source>
        <translation>%1은(는) 읽을 수 있는 PEM 인증서가 아닙니다. CA 파일을 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>Looking for the Prometheus service in the cluster…</source>
        <translation>클러스터에서 Prometheus 서비스를 찾는 중…</translation>
    </message>
    <message>
        <source>Found %1 (%2).</source>
        <translation>%1을(를) 찾았습니다(%2).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>Prometheus %1 answers and is ready (%2 ms).</source>
        <translation>Prometheus %1이(가) 응답하며 준비되었습니다(%2 ms).</translation>
    </message>
    <message>
        <source>Prometheus %1 answers but is not ready yet.</source>
        <translation>Prometheus %1이(가) 응답하지만 아직 준비되지 않았습니다.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Vault locked: unlock the vault to keep the password or token, then add again.</source>
        <translation>보관소 잠김: 비밀번호나 토큰을 저장하려면 보관소 잠금을 해제한 뒤 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>Alertmanager URL (optional):</source>
        <translation>Alertmanager URL(선택):</translation>
    </message>
    <message>
        <source>Its Alertmanager, for alerts and silences on the Alerts tab. Reached with the same credentials and certificate settings as Prometheus at a URL, without credentials through the API server.</source>
        <translation>알림 탭에서 알림과 사일런스를 보여 줄 Alertmanager입니다. URL로 연결한 Prometheus와 같은 자격 증명과 인증서 설정으로 접속하고, API 서버를 거치는 경우에는 자격 증명 없이 접속합니다.</translation>
    </message>
    <message>
        <source>Alertmanager %1 answers.</source>
        <translation>Alertmanager %1이(가) 응답합니다.</translation>
    </message>
    <message>
        <source>Enter the Alertmanager URL starting with http:// or https://, without a user name or password, or leave it empty.</source>
        <translation>Alertmanager URL을 사용자 이름이나 암호 없이 http:// 또는 https://로 시작하도록 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Enter the Prometheus URL, starting with http:// or https://, without a user name or password (the password goes in the field below).</source>
        <translation>Prometheus URL을 사용자 이름이나 암호 없이 http:// 또는 https://로 시작하도록 입력하세요(암호는 아래 칸에 입력합니다).</translation>
    </message>
    <message>
        <source>Edit Prometheus endpoint</source>
        <translation>Prometheus 엔드포인트 편집</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>비워 두면 저장된 값을 유지합니다</translation>
    </message>
    <message>
        <source>Stored certificate</source>
        <translation>저장된 인증서</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Vault locked: unlock the vault to keep the password or token, then save again.</source>
        <translation>보관소 잠김: 비밀번호나 토큰을 저장하려면 보관소 잠금을 해제한 뒤 다시 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AddVcenterDialog</name>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Add vCenter connection</source>
        <translation>vCenter 연결 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>연결됨: %1</translation>
    </message>
    <message>
        <source>Trust this certificate (SHA-256 %1)</source>
        <translation>이 인증서 신뢰(SHA-256 %1)</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AlertsView</name>
    <message>
        <source>Prometheus alerts</source>
        <translation>Prometheus 알림</translation>
    </message>
    <message>
        <source>Alertmanager alerts</source>
        <translation>Alertmanager 알림</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>사일런스</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>사일런스…</translation>
    </message>
    <message>
        <source>Silence the selected alert in the Alertmanager</source>
        <translation>선택한 알림을 Alertmanager에서 사일런스합니다</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>End the selected silence now</source>
        <translation>선택한 사일런스를 지금 끝냅니다</translation>
    </message>
    <message>
        <source>Loading Prometheus&apos;s alerts…</source>
        <translation>Prometheus 알림을 불러오는 중…</translation>
    </message>
    <message>
        <source>No alerts are firing: Prometheus&apos;s alerting rules match nothing now.</source>
        <translation>발생 중인 알림이 없습니다. 지금 Prometheus 알림 규칙에 해당하는 것이 없습니다.</translation>
    </message>
    <message>
        <source>No Alertmanager configured — add the endpoint with an Alertmanager URL (Add endpoint… on this page, or `metrics add --alertmanager`) to see its alerts and silences here.</source>
        <translation>Alertmanager가 설정되지 않았습니다 — 여기서 알림과 사일런스를 보려면 Alertmanager URL을 지정해 엔드포인트를 추가하십시오(이 페이지의 엔드포인트 추가… 또는 `metrics add --alertmanager`).</translation>
    </message>
    <message>
        <source>Loading the Alertmanager&apos;s alerts…</source>
        <translation>Alertmanager 알림을 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading the Alertmanager&apos;s silences…</source>
        <translation>Alertmanager 사일런스를 불러오는 중…</translation>
    </message>
    <message>
        <source>No alerts are firing: the Alertmanager holds none.</source>
        <translation>발생 중인 알림이 없습니다. Alertmanager에 알림이 없습니다.</translation>
    </message>
    <message>
        <source>No silences: every alert notifies its receivers.</source>
        <translation>사일런스가 없습니다. 모든 알림이 수신자에게 전달됩니다.</translation>
    </message>
    <message>
        <source>Alertmanager alerts (%1 active)</source>
        <translation>Alertmanager 알림(활성 %1개)</translation>
    </message>
    <message>
        <source>Silences (%1 active)</source>
        <translation>사일런스(활성 %1개)</translation>
    </message>
    <message>
        <source>Silence %1 created.</source>
        <translation>사일런스 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation>사일런스 만료</translation>
    </message>
    <message>
        <source>Expire the silence %1 (%2) now? The alerts it matches notify again.</source>
        <translation>사일런스 %1(%2)을(를) 지금 만료할까요? 해당하는 알림이 다시 전달됩니다.</translation>
    </message>
    <message>
        <source>Silence %1 expired.</source>
        <translation>사일런스 %1을(를) 만료했습니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AllocationModel</name>
    <message numerus="yes">
        <source>Idle: holds %n GPU(s), used %1 % over %2</source>
        <translation>
            <numerusform>유휴: %2 동안 GPU %n개를 점유했지만 사용률은 %1 %입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle: holds %1 of a GPU (MIG), used %2 % over %3</source>
        <translation>유휴: %3 동안 GPU의 %1(MIG)을 점유했지만 사용률은 %2 %입니다</translation>
    </message>
    <message>
        <source>In use: %1 % over %2</source>
        <translation>사용 중: %2 동안 %1 %</translation>
    </message>
    <message>
        <source>Its GPUs report no utilisation over %1</source>
        <translation>%1 동안 이 파드의 GPU가 사용률을 보고하지 않았습니다</translation>
    </message>
    <message>
        <source>GPUs: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>GPUs requested</source>
        <translation>요청한 GPU</translation>
    </message>
    <message>
        <source>GPUs busy</source>
        <translation>사용 중 GPU</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Allocation vs use</source>
        <translation>할당 대비 사용</translation>
    </message>
    <message>
        <source>Not measured: no GPU metric names this pod</source>
        <translation>측정되지 않음: 이 파드를 나타내는 GPU 메트릭이 없습니다</translation>
    </message>
    <message>
        <source>dcgm-exporter names pods only in Kubernetes mode; check that it runs so on %1, and that Prometheus scrapes it.</source>
        <translation>dcgm-exporter는 Kubernetes 모드에서만 파드 이름을 붙입니다. %1에서 이 모드로 실행 중인지, Prometheus가 수집하는지 확인하십시오.</translation>
    </message>
    <message>
        <source>the pod&apos;s node</source>
        <translation>파드의 노드</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AllocationView</name>
    <message>
        <source>This endpoint is not linked to a cluster</source>
        <translation>이 엔드포인트는 클러스터에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Allocation vs use compares the GPUs pods requested from a cluster&apos;s API with what Prometheus measured, so it needs to know which cluster this Prometheus watches. Add the endpoint again with its cluster: fleetdeck-cli metrics add NAME --url URL --cluster CLUSTER, or through the cluster&apos;s API server with --cluster CLUSTER --via-api-server.</source>
        <translation>파드의 GPU 요청(클러스터 API)과 측정값을 비교하려면 이 Prometheus가 감시하는 클러스터가 필요합니다. 클러스터를 지정해 다시 추가하세요: fleetdeck-cli metrics add NAME --url URL --cluster CLUSTER (API 서버 경유: --cluster CLUSTER --via-api-server).</translation>
    </message>
    <message>
        <source>Reading the pods&apos; GPU requests…</source>
        <translation>파드의 GPU 요청을 읽는 중…</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>보관소 잠김</translation>
    </message>
    <message>
        <source>The cluster&apos;s credentials are in the vault. Unlock it to read which GPUs the pods requested.</source>
        <translation>클러스터 자격 증명은 보관소에 있습니다. 파드가 요청한 GPU를 읽으려면 보관소 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>The cluster&apos;s pods could not be read</source>
        <translation>클러스터의 파드를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>No running pod requests GPUs</source>
        <translation>GPU를 요청한 실행 중인 파드가 없습니다</translation>
    </message>
    <message>
        <source>No running pod on %1 requests nvidia.com/gpu or a MIG resource, so no GPU is allocated to a pod.</source>
        <translation>%1에서 nvidia.com/gpu나 MIG 리소스를 요청한 실행 중인 파드가 없으므로 파드에 할당된 GPU가 없습니다.</translation>
    </message>
    <message>
        <source>Cluster %1 · running pods with GPUs: %2 · GPUs requested: %3, busy: %4 · idle but allocated: %5 · not measured: %6. Idle pods first; hover a row for its GPUs.</source>
        <translation>클러스터 %1 · GPU를 쓰는 실행 중인 파드: %2 · 요청한 GPU: %3, 사용 중: %4 · 할당되었지만 유휴: %5 · 측정되지 않음: %6. 유휴 파드가 먼저 표시됩니다. 행에 마우스를 올리면 GPU를 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AmAlertModel</name>
    <message>
        <source>“%1” is not a matcher; write one per line as name=&quot;value&quot; (or =~, !=, !~).</source>
        <translation>“%1”은(는) 매처가 아닙니다. 한 줄에 하나씩 name=&quot;value&quot; 형식(또는 =~, !=, !~)으로 쓰십시오.</translation>
    </message>
    <message>
        <source>A silence needs at least one matcher, such as alertname=&quot;GpuTooHot&quot;.</source>
        <translation>사일런스에는 alertname=&quot;GpuTooHot&quot; 같은 매처가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>억제됨</translation>
    </message>
    <message>
        <source>Unprocessed</source>
        <translation>처리 전</translation>
    </message>
    <message>
        <source>silenced by %1</source>
        <translation>사일런스 %1</translation>
    </message>
    <message>
        <source>inhibited by %1</source>
        <translation>억제 알림 %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Suppressed by</source>
        <translation>억제 원인</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AttributionView</name>
    <message>
        <source>Show all namespaces</source>
        <translation>모든 네임스페이스 보기</translation>
    </message>
    <message>
        <source>Loading GPU use by pod…</source>
        <translation>파드별 GPU 사용량을 불러오는 중…</translation>
    </message>
    <message>
        <source>No GPU is attributed to a pod</source>
        <translation>파드에 귀속된 GPU가 없습니다</translation>
    </message>
    <message>
        <source>The GPUs report metrics, but none of them names a pod or namespace. dcgm-exporter adds those labels only in Kubernetes mode (DCGM_EXPORTER_KUBERNETES=true, with the kubelet&apos;s pod-resources socket mounted, as the GPU operator deploys it). Turn it on to see who uses the GPUs; GPUs that no pod holds are never attributed.</source>
        <translation>GPU가 메트릭을 보고하지만 어느 것도 파드나 네임스페이스를 나타내지 않습니다. dcgm-exporter는 Kubernetes 모드(DCGM_EXPORTER_KUBERNETES=true, GPU Operator가 배포하는 것처럼 kubelet의 pod-resources 소켓을 마운트한 상태)에서만 이 레이블을 붙입니다. 누가 GPU를 쓰는지 보려면 이 모드를 켜십시오. 어떤 파드도 점유하지 않은 GPU는 귀속되지 않습니다.</translation>
    </message>
    <message>
        <source>No GPU reported in this range</source>
        <translation>이 기간에 보고된 GPU가 없습니다</translation>
    </message>
    <message>
        <source>This Prometheus has no dcgm-exporter samples for the chosen time range. Choose a longer range, or check that Prometheus scrapes dcgm-exporter.</source>
        <translation>이 Prometheus에는 선택한 기간의 dcgm-exporter 샘플이 없습니다. 더 긴 기간을 선택하거나 Prometheus가 dcgm-exporter를 수집하는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Pods: %1 · namespaces: %2 · GPU-equivalents held: %3, busy: %4 (%5 %). Top consumers first; select a namespace to list its pods.</source>
        <translation>파드: %1 · 네임스페이스: %2 · 점유한 GPU 환산: %3, 사용 중: %4 (%5 %). 많이 쓰는 순서입니다. 네임스페이스를 선택하면 그 파드를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Pods in all namespaces</source>
        <translation>모든 네임스페이스의 파드</translation>
    </message>
    <message>
        <source>Pods in namespace %1</source>
        <translation>네임스페이스 %1의 파드</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세 정보</translation>
    </message>
</context>
<context>
    <name>fd::widgets::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>No audit entries yet</source>
        <translation>감사 기록이 아직 없습니다</translation>
    </message>
    <message>
        <source>Every change Fleetdeck makes — importing a cluster, applying a policy, deploying a model — is recorded here with its time, target and result.</source>
        <translation>클러스터 가져오기, 정책 적용, 모델 배포 등 Fleetdeck이 수행하는 모든 변경 작업이 시간, 대상, 결과와 함께 이곳에 기록됩니다.</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>감사 로그를 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>전체 %n건 중 %1건</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>감사 로그 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The audit log could not be written to %1 (%2). Choose another folder or file name and export again.</source>
        <translation>감사 로그를 %1에 저장할 수 없습니다(%2). 다른 폴더나 파일 이름을 선택해 다시 내보내세요.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>%n건을 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store is not open, so there is no audit log to show.</source>
        <translation>로컬 저장소가 열려 있지 않아 표시할 감사 로그가 없습니다.</translation>
    </message>
    <message>
        <source>Filter by action, target, result or detail</source>
        <translation>작업, 대상, 결과, 상세 정보로 필터링</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>기간 직접 지정…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
</context>
<context>
    <name>fd::widgets::CleanupReportView</name>
    <message>
        <source>Done:</source>
        <translation>완료된 작업:</translation>
    </message>
    <message>
        <source>Left behind (clean up by hand):</source>
        <translation>남은 항목(직접 정리해야 함):</translation>
    </message>
</context>
<context>
    <name>fd::widgets::CloneDialog</name>
    <message>
        <source>Static address (otherwise DHCP)</source>
        <translation>고정 주소(선택하지 않으면 DHCP)</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>%1 복제</translation>
    </message>
    <message>
        <source>Same as the template</source>
        <translation>템플릿과 동일</translation>
    </message>
    <message>
        <source>New VM name</source>
        <translation>새 VM 이름</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>데이터스토어</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>프리픽스 길이</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>복제</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterDetailDialog</name>
    <message>
        <source>Loading nodes, pods and events…</source>
        <translation>노드, 파드, 이벤트를 불러오는 중…</translation>
    </message>
    <message>
        <source>The cluster could not be read: %1</source>
        <translation>클러스터 정보를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cluster not found</source>
        <translation>클러스터를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>클러스터 %1</translation>
    </message>
    <message>
        <source>Kubernetes %1</source>
        <translation>Kubernetes %1</translation>
    </message>
    <message>
        <source>%1 requested (%2 %)</source>
        <translation>%1 요청됨 (%2 %)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Live: new events appear at the top.</source>
        <translation>실시간: 새 이벤트가 맨 위에 표시됩니다.</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>실시간 업데이트가 중지되었습니다: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Labels &amp;&amp; Taints</source>
        <translation>레이블 및 테인트</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Allocatable</source>
        <translation>할당 가능</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>GPU product</source>
        <translation>GPU 제품</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>MIG config</source>
        <translation>MIG 구성</translation>
    </message>
    <message>
        <source>Taints</source>
        <translation>테인트</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>컨디션</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>%1 of %2 nodes ready. Requested = the resource requests of the pods placed on nodes and not finished.</source>
        <translation>노드 %2개 중 %1개 준비됨. 요청량 = 노드에 배치되어 아직 끝나지 않은 포드의 리소스 요청 합계.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>이벤트를 불러오는 중…</translation>
    </message>
    <message>
        <source>Reconnecting to the event stream…</source>
        <translation>이벤트 스트림에 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>Saving and updating Karmada…</source>
        <translation>저장하고 Karmada를 업데이트하는 중…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장되었습니다.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterForm</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Add data center…</source>
        <translation>데이터 센터 추가…</translation>
    </message>
    <message>
        <source>This cluster is already registered as &quot;%1&quot;; saving updates that record.</source>
        <translation>이 클러스터는 이미 &quot;%1&quot;(으)로 등록되어 있습니다. 저장하면 기존 항목이 갱신됩니다.</translation>
    </message>
    <message>
        <source>certificate and key are kept in the vault</source>
        <translation>인증서와 키는 보안 저장소에 보관됩니다</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>표시 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used.</source>
        <translation>&quot;%1&quot; 이름은 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 사용</translation>
    </message>
    <message>
        <source>Not tested yet. &quot;Test connection&quot; checks every ticked context.</source>
        <translation>아직 테스트하지 않았습니다. &quot;연결 테스트&quot;를 누르면 선택한 모든 컨텍스트를 확인합니다.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>테스트가 취소되었습니다.</translation>
    </message>
    <message>
        <source>Missing permission: %1</source>
        <translation>부족한 권한: %1</translation>
    </message>
    <message>
        <source>Use &quot;Locate binary…&quot; to point to the program.</source>
        <translation>&quot;실행 파일 찾기…&quot;로 프로그램 위치를 지정하세요.</translation>
    </message>
    <message>
        <source>Locate the exec plugin</source>
        <translation>exec 플러그인 찾기</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Connection (from the kubeconfig)</source>
        <translation>연결 정보 (kubeconfig에서 가져옴)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>데이터 센터</translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation>GPU 모델</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>레이블 추가</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>레이블 삭제</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>TLS server name</source>
        <translation>TLS 서버 이름</translation>
    </message>
    <message>
        <source>Skip TLS verification (insecure)</source>
        <translation>TLS 검증 건너뛰기 (안전하지 않음)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>PEM; empty = the system&apos;s trusted CAs</source>
        <translation>PEM 형식. 비워 두면 시스템의 신뢰할 수 있는 CA를 사용</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Plugin path</source>
        <translation>플러그인 경로</translation>
    </message>
    <message>
        <source>Locate binary…</source>
        <translation>실행 파일 찾기…</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation>신뢰하는 인증서(SHA-256): %1</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>이 인증서 신뢰</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterFormat</name>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>토큰 파일</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>Basic auth</source>
        <translation>기본 인증</translation>
    </message>
    <message>
        <source>Exec plugin</source>
        <translation>Exec 플러그인</translation>
    </message>
    <message>
        <source>OIDC auth-provider</source>
        <translation>OIDC auth-provider</translation>
    </message>
    <message>
        <source>Karmada control plane</source>
        <translation>Karmada 컨트롤 플레인</translation>
    </message>
    <message>
        <source>found in Karmada</source>
        <translation>Karmada에서 발견됨</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>조인됨</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU 전용</translation>
    </message>
    <message>
        <source>%1: %2 used of %3 allocatable (capacity %4)</source>
        <translation>%1: 할당 가능 %3개 중 %2개 사용 (용량 %4)</translation>
    </message>
    <message>
        <source>%1: %2 used of %3 allocatable</source>
        <translation>%1: 할당 가능 %3개 중 %2개 사용</translation>
    </message>
    <message>
        <source>Kubernetes %1, %2 ms</source>
        <translation>Kubernetes %1, %2 ms</translation>
    </message>
    <message>
        <source>Nodes ready: %1 of %2</source>
        <translation>준비된 노드: %2개 중 %1개</translation>
    </message>
    <message>
        <source>No NVIDIA GPUs found</source>
        <translation>NVIDIA GPU가 없습니다</translation>
    </message>
    <message>
        <source>MIG:</source>
        <translation>MIG:</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>호스트를 찾을 수 없음</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>unknown CA</source>
        <translation>알 수 없는 CA</translation>
    </message>
    <message>
        <source>certificate name mismatch</source>
        <translation>인증서 이름 불일치</translation>
    </message>
    <message>
        <source>client certificate rejected</source>
        <translation>클라이언트 인증서 거부됨</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 오류</translation>
    </message>
    <message>
        <source>401 unauthorized</source>
        <translation>401 인증 실패</translation>
    </message>
    <message>
        <source>403 forbidden</source>
        <translation>403 권한 없음</translation>
    </message>
    <message>
        <source>exec plugin not found</source>
        <translation>exec 플러그인 없음</translation>
    </message>
    <message>
        <source>exec plugin failed</source>
        <translation>exec 플러그인 실패</translation>
    </message>
    <message>
        <source>OIDC refresh failed</source>
        <translation>OIDC 갱신 실패</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>프록시 오류</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not a Kubernetes API</source>
        <translation>Kubernetes API 아님</translation>
    </message>
    <message>
        <source>vault locked</source>
        <translation>볼트 잠김</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>응답이 너무 큼</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterGroupModel</name>
    <message>
        <source>No data center</source>
        <translation>데이터 센터 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n cluster(s)</source>
        <translation>
            <numerusform>%1 — 클러스터 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterListModel</name>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>연결 불가</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>데이터 센터</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Nodes ready</source>
        <translation>준비된 노드</translation>
    </message>
    <message>
        <source>GPUs used / allocatable</source>
        <translation>GPU 사용 / 할당 가능</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it to check this cluster. Last known: %1</source>
        <translation>볼트가 잠겨 있습니다. 이 클러스터를 확인하려면 잠금을 해제하십시오. 마지막으로 확인된 상태: %1</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterListPanel</name>
    <message>
        <source>The cluster registry is not available.</source>
        <translation>클러스터 레지스트리를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The cluster list could not be read: %1</source>
        <translation>클러스터 목록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Unmark control plane</source>
        <translation>컨트롤 플레인 지정 해제</translation>
    </message>
    <message>
        <source>Mark as control plane</source>
        <translation>컨트롤 플레인으로 지정</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n cluster(s)…</source>
        <translation>
            <numerusform>클러스터 %n개 테스트 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Test selected</source>
        <translation>선택 항목 테스트</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Join to Karmada…</source>
        <translation>Karmada에 조인…</translation>
    </message>
    <message>
        <source>Unjoin…</source>
        <translation>조인 해제…</translation>
    </message>
    <message>
        <source>Search by name, data center, server, version or GPU</source>
        <translation>이름, 데이터 센터, 서버, 버전, GPU로 검색</translation>
    </message>
    <message>
        <source>Group by data center</source>
        <translation>데이터 센터별 그룹</translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation>클러스터를 불러오는 중…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClustersPage</name>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>No clusters yet</source>
        <translation>등록된 클러스터가 없습니다</translation>
    </message>
    <message>
        <source>Register your Kubernetes clusters to see their health, nodes and GPUs in one place. Tokens and keys from the kubeconfig are kept in the secret store, never in plain text.</source>
        <translation>Kubernetes 클러스터를 등록하면 상태, 노드, GPU를 한곳에서 확인할 수 있습니다. kubeconfig의 토큰과 키는 평문이 아닌 보안 저장소에 보관됩니다.</translation>
    </message>
    <message>
        <source>Import kubeconfig…</source>
        <translation>kubeconfig 가져오기…</translation>
    </message>
    <message>
        <source>Reading the registered clusters…</source>
        <translation>등록된 클러스터를 읽는 중…</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ContextWarningText</name>
    <message>
        <source>TLS verification is switched off (insecure-skip-tls-verify).</source>
        <translation>TLS 검증이 꺼져 있습니다 (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source>A file the kubeconfig refers to does not exist.</source>
        <translation>kubeconfig가 가리키는 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The exec plugin&apos;s program is not on PATH.</source>
        <translation>exec 플러그인 프로그램이 PATH에 없습니다.</translation>
    </message>
    <message>
        <source>The client certificate has expired.</source>
        <translation>클라이언트 인증서가 만료되었습니다.</translation>
    </message>
    <message>
        <source>The kubeconfig reader reported a problem.</source>
        <translation>kubeconfig를 읽는 중 문제가 보고되었습니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::DeleteDeploymentDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>These objects are deleted from %1 (namespace %2); the pods stop and the model stops answering:</source>
        <translation>다음 객체가 %1(네임스페이스 %2)에서 삭제됩니다. 파드가 중지되고 모델이 더 이상 응답하지 않습니다:</translation>
    </message>
    <message>
        <source>Also delete the model store (the downloaded model is lost)</source>
        <translation>모델 저장소도 삭제(다운로드한 모델이 사라짐)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>(kept: the model store, so a new deployment starts without downloading)</source>
        <translation>(유지: 모델 저장소 — 새 배포가 다운로드 없이 시작됩니다)</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>삭제하는 중…</translation>
    </message>
    <message>
        <source>Some objects could not be deleted; the record is kept so you can try again:
%1</source>
        <translation>일부 객체를 삭제하지 못했습니다. 다시 시도할 수 있도록 기록을 유지합니다:
%1</translation>
    </message>
</context>
<context>
    <name>fd::widgets::DeletePolicyDialog</name>
    <message>
        <source>placement strategy</source>
        <translation>배치 전략</translation>
    </message>
    <message>
        <source>resource profile</source>
        <translation>리소스 프로필</translation>
    </message>
    <message>
        <source>failover policy</source>
        <translation>장애 조치 정책</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>%1을(를) 삭제할 수 없음</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is in use</source>
        <translation>%1 &quot;%2&quot;이(가) 사용 중입니다</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>배포 %1</translation>
    </message>
    <message>
        <source>Placement strategy %1</source>
        <translation>배치 전략 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Delete the default strategy</source>
        <translation>기본 전략 삭제</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default strategy</source>
        <translation>&quot;%1&quot;은(는) 기본 전략입니다</translation>
    </message>
    <message>
        <source>Its history is kept; its Karmada object is removed at the next sync.</source>
        <translation>변경 이력은 남으며, Karmada 객체는 다음 동기화 때 삭제됩니다.</translation>
    </message>
    <message>
        <source>I understand that no strategy will be the default until I choose one</source>
        <translation>새로 지정할 때까지 기본 전략이 없다는 것을 이해했습니다</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Delete the %1 &quot;%2&quot;?</source>
        <translation>%1 &quot;%2&quot;을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Its history is kept.</source>
        <translation>변경 이력은 남습니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::DeployWizard</name>
    <message>
        <source>New volume (PVC)</source>
        <translation>새 볼륨(PVC)</translation>
    </message>
    <message>
        <source>Existing PVC</source>
        <translation>기존 PVC</translation>
    </message>
    <message>
        <source>NFS export</source>
        <translation>NFS 익스포트</translation>
    </message>
    <message>
        <source>Directory on the node (hostPath)</source>
        <translation>노드의 디렉터리(hostPath)</translation>
    </message>
    <message>
        <source>Scratch (emptyDir: downloads again on every restart)</source>
        <translation>임시(emptyDir: 재시작할 때마다 다시 다운로드)</translation>
    </message>
    <message>
        <source>New deployment</source>
        <translation>새 배포</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>placement strategy (PropagationPolicy)</source>
        <translation>배치 전략(PropagationPolicy)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>전략:</translation>
    </message>
    <message>
        <source>optional resource profile (OverridePolicy)</source>
        <translation>선택 사항: 리소스 프로필(OverridePolicy)</translation>
    </message>
    <message>
        <source>Resource profile:</source>
        <translation>리소스 프로필:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>런타임:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>model id, tag or path on the model store</source>
        <translation>모델 ID, 태그 또는 모델 저장소의 경로</translation>
    </message>
    <message>
        <source>Custom model:</source>
        <translation>사용자 지정 모델:</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source> B parameters</source>
        <translation>B 파라미터</translation>
    </message>
    <message>
        <source>Custom model size:</source>
        <translation>사용자 지정 모델 크기:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>복제본:</translation>
    </message>
    <message>
        <source>GPUs per replica:</source>
        <translation>복제본당 GPU:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>GPU model:</source>
        <translation>GPU 모델:</translation>
    </message>
    <message>
        <source>default: 4</source>
        <translation>기본값: 4</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>default: from the model size</source>
        <translation>기본값: 모델 크기에 따라</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>메모리:</translation>
    </message>
    <message>
        <source>Model store:</source>
        <translation>모델 저장소:</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>클러스터 기본값</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>스토리지 클래스:</translation>
    </message>
    <message>
        <source>e.g. harbor.example.local/mirror</source>
        <translation>예: harbor.example.local/mirror</translation>
    </message>
    <message>
        <source>Image mirror:</source>
        <translation>이미지 미러:</translation>
    </message>
    <message>
        <source>Image pull secret:</source>
        <translation>이미지 풀 시크릿:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>고급 설정</translation>
    </message>
    <message>
        <source>YAML of every object:</source>
        <translation>모든 객체의 YAML:</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>배포</translation>
    </message>
    <message>
        <source>Karmada: %1</source>
        <translation>Karmada: %1</translation>
    </message>
    <message>
        <source>Custom model…</source>
        <translation>사용자 지정 모델…</translation>
    </message>
    <message>
        <source>Volume size:</source>
        <translation>볼륨 크기:</translation>
    </message>
    <message>
        <source>default: 1.5 × the model&apos;s size</source>
        <translation>기본값: 모델 크기의 1.5배</translation>
    </message>
    <message>
        <source>Claim name:</source>
        <translation>클레임 이름:</translation>
    </message>
    <message>
        <source>NFS server:path:</source>
        <translation>NFS 서버:경로:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>디렉터리:</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(서버 기본값)</translation>
    </message>
    <message>
        <source>The GPU fit check runs per member cluster; Karmada&apos;s placement decides where it goes.</source>
        <translation>GPU 적합성 검사는 멤버 클러스터별로 이루어지며, 어디에 배치할지는 Karmada의 배치 정책이 정합니다.</translation>
    </message>
    <message>
        <source>Checking free GPUs on the cluster…</source>
        <translation>클러스터의 빈 GPU를 확인하는 중…</translation>
    </message>
    <message>
        <source>Validating with a server-side dry run, then applying…</source>
        <translation>서버 측 드라이런으로 검증한 뒤 적용하는 중…</translation>
    </message>
    <message>
        <source>Chosen by the policies&apos; auto-placement rules; type another strategy to override, clear the field to go back to the rules.</source>
        <translation>정책의 자동 배치 규칙으로 선택됩니다. 다른 전략을 입력하면 바꿀 수 있고, 칸을 비우면 규칙에 따른 선택으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>자동: %1</translation>
    </message>
    <message>
        <source>Picked by you; the rules would choose %1 (clear the field to use it).</source>
        <translation>직접 선택함. 규칙으로는 %1이(가) 선택됩니다(칸을 비우면 그 전략을 씁니다).</translation>
    </message>
    <message>
        <source>Picked by you.</source>
        <translation>직접 선택함.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::DeploymentDetailDialog</name>
    <message>
        <source>No endpoint yet: the Service needs a node port and a Ready node.</source>
        <translation>아직 엔드포인트가 없습니다. 서비스에 노드 포트와 Ready 상태의 노드가 필요합니다.</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>배포 %1</translation>
    </message>
    <message>
        <source>Member cluster:</source>
        <translation>멤버 클러스터:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>런타임:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>클러스터:</translation>
    </message>
    <message>
        <source>Endpoints and curl:</source>
        <translation>엔드포인트와 curl:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>파드:</translation>
    </message>
    <message>
        <source>Follow log</source>
        <translation>로그 따라가기</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>엔드포인트:</translation>
    </message>
    <message>
        <source>Ask the model something…</source>
        <translation>모델에게 질문하세요…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Test prompt</source>
        <translation>테스트 프롬프트</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>%1 of %2 replicas ready — %3</source>
        <translation>복제본 %2개 중 %1개 준비됨 — %3</translation>
    </message>
    <message>
        <source>Latest event: %1</source>
        <translation>최근 이벤트: %1</translation>
    </message>
    <message>
        <source>No pod to follow yet.</source>
        <translation>아직 따라갈 파드가 없습니다.</translation>
    </message>
    <message>
        <source>— the log stream ended —</source>
        <translation>— 로그 스트림이 끝났습니다 —</translation>
    </message>
    <message>
        <source>The runtime %1 is not in the catalog.</source>
        <translation>런타임 %1이(가) 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>첫 토큰을 기다리는 중…</translation>
    </message>
    <message>
        <source>Time to first token %1 ms · %2 tokens</source>
        <translation>첫 토큰까지 %1 ms · 토큰 %2개</translation>
    </message>
    <message>
        <source>Time to first token %1 ms · %2 tokens · %3 tokens/s</source>
        <translation>첫 토큰까지 %1 ms · 토큰 %2개 · 초당 %3 토큰</translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation>페일오버</translation>
    </message>
</context>
<context>
    <name>fd::widgets::DeploymentFailoversPanel</name>
    <message>
        <source>Reading the deployment&apos;s ResourceBinding from the control plane…</source>
        <translation>컨트롤 플레인에서 배포의 ResourceBinding을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n failover(s) observed: the model of the strategy&apos;s failover policy on top, what happened below.</source>
        <translation>
            <numerusform>페일오버 %n건 관측됨: 위는 전략의 페일오버 정책 모델, 아래는 실제로 일어난 일입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failover(s) observed.</source>
        <translation>
            <numerusform>페일오버 %n건 관측됨.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failover observed since %1.</source>
        <translation>%1 이후 관측된 페일오버가 없습니다.</translation>
    </message>
    <message>
        <source>No failover observed.</source>
        <translation>관측된 페일오버가 없습니다.</translation>
    </message>
    <message>
        <source>Karmada has not made the ResourceBinding %1 yet.</source>
        <translation>Karmada가 아직 ResourceBinding %1을(를) 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Runs on: %1</source>
        <translation>실행 위치: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>fd::widgets::DeploymentsPage</name>
    <message>
        <source>Deployments</source>
        <translation>배포</translation>
    </message>
    <message>
        <source>No model deployments yet</source>
        <translation>모델 배포가 없습니다</translation>
    </message>
    <message>
        <source>Deploy LLM serving runtimes such as Ollama, vLLM, TGI or llama.cpp onto your GPU clusters and follow their status here.</source>
        <translation>Ollama, vLLM, TGI, llama.cpp 같은 LLM 서빙 런타임을 GPU 클러스터에 배포하고 이곳에서 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>New deployment</source>
        <translation>새 배포</translation>
    </message>
    <message>
        <source>Needs the local store and the credential vault.</source>
        <translation>로컬 저장소와 자격 증명 보관소가 필요합니다.</translation>
    </message>
    <message>
        <source>New deployment…</source>
        <translation>새 배포…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>상세 정보…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Search name, model or cluster</source>
        <translation>이름, 모델, 클러스터 검색</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>모든 클러스터</translation>
    </message>
    <message>
        <source>All runtimes</source>
        <translation>모든 런타임</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Loading model</source>
        <translation>모델 적재 중</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Waiting for GPUs</source>
        <translation>GPU 대기 중</translation>
    </message>
    <message>
        <source>Pulling image</source>
        <translation>이미지 가져오는 중</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>일부 준비됨</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Reading the saved deployments…</source>
        <translation>저장된 배포를 읽는 중…</translation>
    </message>
    <message>
        <source>The saved deployments could not be read: %1</source>
        <translation>저장된 배포를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ExternalCard</name>
    <message>
        <source>%1 %2 on %3 was not created by Fleetdeck. Fleetdeck leaves it as it is; adopt it to manage its placement here.</source>
        <translation>%3의 %1 %2은(는) Fleetdeck이 만들지 않았습니다. Fleetdeck은 이를 그대로 둡니다. 여기에서 배치를 관리하려면 가져오세요.</translation>
    </message>
    <message>
        <source>%1 %2 on %3 was not created by Fleetdeck. Fleetdeck leaves it as it is.</source>
        <translation>%3의 %1 %2은(는) Fleetdeck이 만들지 않았습니다. Fleetdeck은 이를 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>%1 %2 on %3 was not created by Fleetdeck. Fleetdeck leaves it as it is; adopt it to manage it here as a resource profile (only when all its rules are ones Fleetdeck writes).</source>
        <translation>%3의 %1 %2은(는) Fleetdeck이 만들지 않았습니다. Fleetdeck은 이를 그대로 둡니다. 여기에서 리소스 프로필로 관리하려면 가져오세요(모든 규칙이 Fleetdeck이 쓰는 규칙일 때만 가능합니다).</translation>
    </message>
    <message>
        <source>%1 %2 on %3 was not created by Fleetdeck. It applies only in namespace %4, and Fleetdeck&apos;s policies apply in every namespace, so it cannot be adopted; Fleetdeck leaves it as it is.</source>
        <translation>%3의 %1 %2은(는) Fleetdeck이 만들지 않았습니다. 네임스페이스 %4에만 적용되고 Fleetdeck 정책은 모든 네임스페이스에 적용되므로 가져올 수 없습니다. Fleetdeck은 이를 그대로 둡니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::FailoverCard</name>
    <message>
        <source>Off — replicas stay on a failed cluster</source>
        <translation>꺼짐 — 복제본이 장애 클러스터에 남음</translation>
    </message>
    <message>
        <source>Moves after %1; old replicas go when the new ones are healthy (at most %2)</source>
        <translation>%1 후 이동하며, 기존 복제본은 새 복제본이 정상이 되면 삭제(최대 %2)</translation>
    </message>
    <message>
        <source>Moves after %1; old replicas are deleted at once</source>
        <translation>%1 후 이동하며, 기존 복제본은 즉시 삭제</translation>
    </message>
    <message>
        <source>Moves after %1; old replicas are kept</source>
        <translation>%1 후 이동하며, 기존 복제본은 유지</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>연결된 전략</translation>
    </message>
    <message>
        <source>No strategy</source>
        <translation>연결된 전략 없음</translation>
    </message>
</context>
<context>
    <name>fd::widgets::FailoverEditor</name>
    <message>
        <source>Directly — delete the old replicas at once</source>
        <translation>Directly — 기존 복제본을 즉시 삭제</translation>
    </message>
    <message>
        <source>Gracefully — keep them until the new ones are healthy</source>
        <translation>Gracefully — 새 복제본이 정상이 될 때까지 유지</translation>
    </message>
    <message>
        <source>Never — keep the old replicas</source>
        <translation>Never — 기존 복제본을 유지</translation>
    </message>
    <message>
        <source>Fastest, but the model is unavailable until the new replicas have started and loaded it.</source>
        <translation>가장 빠르지만, 새 복제본이 시작되어 모델을 불러올 때까지 모델을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The old replicas keep serving until the new ones are healthy, at most for the grace period.</source>
        <translation>새 복제본이 정상이 될 때까지, 최대 유예 기간 동안 기존 복제본이 계속 서비스합니다.</translation>
    </message>
    <message>
        <source>The old replicas stay until you remove them; use it when a cluster&apos;s failure is usually brief.</source>
        <translation>직접 삭제할 때까지 기존 복제본이 남습니다. 클러스터 장애가 대개 짧을 때 쓰십시오.</translation>
    </message>
    <message>
        <source>Failover policy %1</source>
        <translation>장애 조치 정책 %1</translation>
    </message>
    <message>
        <source>New failover policy</source>
        <translation>새 장애 조치 정책</translation>
    </message>
    <message>
        <source>Move model servers off a failed cluster</source>
        <translation>장애가 난 클러스터에서 모델 서버 옮기기</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>%1 (not accepted by the control plane)</source>
        <translation>%1 (컨트롤 플레인에서 받아들이지 않음)</translation>
    </message>
    <message>
        <source>Purge modes as the control plane&apos;s schema accepts them (%1).</source>
        <translation>컨트롤 플레인 스키마가 받아들이는 삭제 방식입니다(%1).</translation>
    </message>
    <message>
        <source>Purge modes of %1; the control plane&apos;s own schema is read when policies are synced.</source>
        <translation>%1의 삭제 방식입니다. 정책을 동기화할 때 컨트롤 플레인의 스키마를 읽습니다.</translation>
    </message>
    <message>
        <source>Detection time</source>
        <translation>감지 시간</translation>
    </message>
    <message>
        <source>Old replicas</source>
        <translation>기존 복제본</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>유예 기간</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>장애 조치</translation>
    </message>
    <message>
        <source>Timeline after a failure</source>
        <translation>장애 후 타임라인</translation>
    </message>
    <message>
        <source>Eviction, rescheduling and purge take a few seconds (assumed); the model&apos;s own start-up time comes on top of rescheduling. The grace period ends earlier when the new replicas are healthy sooner.</source>
        <translation>축출, 재스케줄링, 삭제에는 몇 초가 걸린다고 가정합니다. 모델 자체의 시작 시간은 재스케줄링 시간에 더해집니다. 새 복제본이 더 빨리 정상이 되면 유예 기간도 더 일찍 끝납니다.</translation>
    </message>
    <message>
        <source>Karmada waits %1 after a cluster or model server fails before it moves the replicas.</source>
        <translation>클러스터나 모델 서버에 장애가 나면 Karmada는 %1 기다린 뒤 복제본을 옮깁니다.</translation>
    </message>
    <message>
        <source>The old replicas are removed at the latest %1 after the eviction.</source>
        <translation>기존 복제본은 축출 후 늦어도 %1 뒤에 삭제됩니다.</translation>
    </message>
    <message>
        <source>Turn failover off for &quot;%1&quot;? Strategies that use it will leave model servers on a failed cluster.</source>
        <translation>&quot;%1&quot;의 장애 조치를 끄시겠습니까? 이 정책을 쓰는 전략은 모델 서버를 장애 클러스터에 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Turn failover off for &quot;%1&quot;? These strategies will leave model servers on a failed cluster: %2.</source>
        <translation>&quot;%1&quot;의 장애 조치를 끄시겠습니까? 다음 전략은 모델 서버를 장애 클러스터에 그대로 둡니다: %2.</translation>
    </message>
    <message>
        <source>Turn failover off</source>
        <translation>장애 조치 끄기</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>끄기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::FailoverTimelineWidget</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1: %2 시점</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4)</source>
        <translation>%1: %2부터 %3까지(%4)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1에서 이동</translation>
    </message>
    <message>
        <source>Failover is off: replicas stay on a failed cluster until it recovers.</source>
        <translation>장애 조치가 꺼져 있습니다. 클러스터가 복구될 때까지 복제본이 그대로 남습니다.</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>실제로 일어난 일:</translation>
    </message>
    <message>
        <source>Failover timeline</source>
        <translation>장애 조치 타임라인</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>실제로 일어난 일</translation>
    </message>
    <message>
        <source>Failover off</source>
        <translation>장애 조치 꺼짐</translation>
    </message>
</context>
<context>
    <name>fd::widgets::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>fd::widgets::FleetHeatMap</name>
    <message>
        <source>not reported</source>
        <translation>보고되지 않음</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>0–100 %</source>
        <translation>0–100 %</translation>
    </message>
    <message>
        <source>Utilisation: %1</source>
        <translation>사용률: %1</translation>
    </message>
    <message>
        <source>Memory: %1 of %2</source>
        <translation>메모리: %2 중 %1</translation>
    </message>
    <message>
        <source>Temperature: %1, power: %2</source>
        <translation>온도: %1, 전력: %2</translation>
    </message>
    <message>
        <source>Pod: %1</source>
        <translation>파드: %1</translation>
    </message>
    <message>
        <source>idle (under %1 %)</source>
        <translation>유휴 (%1 % 미만)</translation>
    </message>
</context>
<context>
    <name>fd::widgets::GpuDashboard</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>최근 15분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>최근 24시간 {6 ?}</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Refresh every 30 s</source>
        <translation>30초마다 새로 고침</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>전체 GPU</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Frame buffer used</source>
        <translation>프레임 버퍼 사용량</translation>
    </message>
    <message>
        <source>Frame buffer free</source>
        <translation>프레임 버퍼 여유량</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전력</translation>
    </message>
    <message>
        <source>SM clock</source>
        <translation>SM 클럭</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1에 업데이트됨</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG로 내보내기</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another folder or file name and export again.</source>
        <translation>%1에 쓸 수 없습니다(%2). 다른 폴더나 파일 이름을 골라 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>Namespaces and pods</source>
        <translation>네임스페이스와 파드</translation>
    </message>
    <message>
        <source>Allocation vs use</source>
        <translation>할당 대비 사용</translation>
    </message>
    <message>
        <source>the last 15 minutes</source>
        <translation>최근 15분</translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>the last 6 hours</source>
        <translation>최근 6시간</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>PromQL</source>
        <translation>PromQL</translation>
    </message>
    <message>
        <source>Alerts (%1 firing)</source>
        <translation>알림 (%1개 발생 중)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
</context>
<context>
    <name>fd::widgets::GpuFleetModel</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>MIG instance</source>
        <translation>MIG 인스턴스</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>사용 메모리</translation>
    </message>
    <message>
        <source>Memory total</source>
        <translation>전체 메모리</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전력</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
</context>
<context>
    <name>fd::widgets::GpuMetricsPage</name>
    <message>
        <source>GPU metrics</source>
        <translation>GPU 메트릭</translation>
    </message>
    <message>
        <source>No Prometheus endpoint</source>
        <translation>Prometheus 엔드포인트가 없습니다</translation>
    </message>
    <message>
        <source>Connect the Prometheus that scrapes NVIDIA dcgm-exporter to see GPU utilisation, memory, temperature and health across the fleet.</source>
        <translation>NVIDIA dcgm-exporter를 수집하는 Prometheus를 연결하면 전체 GPU의 사용률, 메모리, 온도, 상태를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add Prometheus endpoint</source>
        <translation>Prometheus 엔드포인트 추가</translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation>Prometheus:</translation>
    </message>
    <message>
        <source>Reading the saved Prometheus endpoints…</source>
        <translation>저장된 Prometheus 엔드포인트를 읽는 중…</translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation>엔드포인트 추가…</translation>
    </message>
    <message>
        <source>Endpoints cannot be added: the data store, the secret store or the network client did not start.</source>
        <translation>엔드포인트를 추가할 수 없습니다: 데이터 저장소, 비밀 정보 저장소 또는 네트워크 클라이언트가 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change the chosen endpoint&apos;s URL, certificate settings, credentials or Alertmanager</source>
        <translation>선택한 엔드포인트의 URL, 인증서 설정, 자격 증명 또는 Alertmanager를 변경합니다</translation>
    </message>
</context>
<context>
    <name>fd::widgets::GpuModelList</name>
    <message>
        <source>CPU only (no GPUs)</source>
        <translation>CPU 전용 (GPU 없음)</translation>
    </message>
    <message>
        <source>Other model, e.g. NVIDIA-B200</source>
        <translation>기타 모델, 예: NVIDIA-B200</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>fd::widgets::HealthEventModel</name>
    <message>
        <source>ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>XID</source>
        <translation>XID</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전력</translation>
    </message>
    <message>
        <source>Thermal throttling</source>
        <translation>발열 스로틀링</translation>
    </message>
    <message>
        <source>Power throttling</source>
        <translation>전력 스로틀링</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Meaning and action</source>
        <translation>의미와 조치</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ImportContextsModel</name>
    <message>
        <source>Not tested</source>
        <translation>테스트 안 함</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>OK · %1 · %2 ms</source>
        <translation>정상 · %1 · %2 ms</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>%1에서 불러옴</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>붙여넣은 텍스트</translation>
    </message>
    <message>
        <source>This is not a usable kubeconfig: %1</source>
        <translation>사용할 수 있는 kubeconfig가 아닙니다: %1</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts.</source>
        <translation>kubeconfig에 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a kubeconfig</source>
        <translation>kubeconfig 선택</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose another display name for &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 다른 표시 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Save clusters that failed the test?</source>
        <translation>테스트에 실패한 클러스터를 저장할까요?</translation>
    </message>
    <message>
        <source>The connection test failed for:
%1

They can be saved anyway and are shown as Unreachable until a test succeeds.</source>
        <translation>다음 클러스터의 연결 테스트가 실패했습니다:
%1

그래도 저장할 수 있으며, 테스트가 성공할 때까지 &quot;연결 불가&quot;로 표시됩니다.</translation>
    </message>
    <message>
        <source>Save as Unreachable</source>
        <translation>연결 불가로 저장</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Not saved: the secret vault is locked.</source>
        <translation>저장되지 않음: 보안 저장소가 잠겨 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>연결 %n개 테스트 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) ticked for import.</source>
        <translation>
            <numerusform>가져올 클러스터 %n개 선택됨.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import kubeconfig</source>
        <translation>kubeconfig 가져오기</translation>
    </message>
    <message>
        <source>Drop a kubeconfig here, or:</source>
        <translation>kubeconfig 파일을 여기에 끌어다 놓거나:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Load from $KUBECONFIG / ~/.kube/config</source>
        <translation>$KUBECONFIG / ~/.kube/config에서 불러오기</translation>
    </message>
    <message>
        <source>Paste the kubeconfig YAML here</source>
        <translation>kubeconfig YAML을 여기에 붙여넣으세요</translation>
    </message>
    <message>
        <source>Read pasted text</source>
        <translation>붙여넣은 내용 읽기</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Cancel tests</source>
        <translation>테스트 취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Nothing loaded yet. Every context of the file is listed; the current context is ticked.</source>
        <translation>아직 불러온 파일이 없습니다. 파일의 모든 컨텍스트가 표시되며, 현재 컨텍스트가 선택됩니다.</translation>
    </message>
    <message>
        <source>Not matched with registered clusters: %1</source>
        <translation>등록된 클러스터와 대조하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>fd::widgets::InstancesModel</name>
    <message>
        <source>Scaled down</source>
        <translation>축소됨</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Waiting for GPUs</source>
        <translation>GPU 대기 중</translation>
    </message>
    <message>
        <source>Unschedulable</source>
        <translation>스케줄 불가</translation>
    </message>
    <message>
        <source>Pulling image</source>
        <translation>이미지 가져오는 중</translation>
    </message>
    <message>
        <source>Loading model</source>
        <translation>모델 적재 중</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>일부 준비됨</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 (Karmada: %2)</source>
        <translation>%1 (Karmada: %2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation>최근 이벤트</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>보관소 잠김</translation>
    </message>
</context>
<context>
    <name>fd::widgets::KarmadaJoinDialog</name>
    <message>
        <source>Control plane</source>
        <translation>컨트롤 플레인</translation>
    </message>
    <message>
        <source>Name in Karmada</source>
        <translation>Karmada에서의 이름</translation>
    </message>
    <message>
        <source>Join %1 to Karmada</source>
        <translation>%1을(를) Karmada에 조인</translation>
    </message>
    <message>
        <source>Registers &quot;%1&quot; with a Karmada control plane in push mode, as karmadactl join does.</source>
        <translation>karmadactl join과 같이 &quot;%1&quot;을(를) Push 모드로 Karmada 컨트롤 플레인에 등록합니다.</translation>
    </message>
    <message>
        <source>Full access (cluster-admin)</source>
        <translation>전체 권한 (cluster-admin)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>조인</translation>
    </message>
    <message>
        <source>Fleetdeck will create:</source>
        <translation>Fleetdeck이 생성할 항목:</translation>
    </message>
    <message>
        <source>Unjoin %1 from Karmada</source>
        <translation>%1을(를) Karmada에서 조인 해제</translation>
    </message>
    <message>
        <source>Removes &quot;%1&quot; from Karmada and deletes what the join created.</source>
        <translation>&quot;%1&quot;을(를) Karmada에서 제거하고 조인 시 생성한 항목을 삭제합니다.</translation>
    </message>
    <message>
        <source>Unjoin</source>
        <translation>조인 해제</translation>
    </message>
    <message>
        <source>Fleetdeck will delete:</source>
        <translation>Fleetdeck이 삭제할 항목:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Karmada&apos;s controllers get cluster-admin on this cluster: every action on every resource in every namespace, including Secrets and RBAC. Use only when you deploy kinds beyond Fleetdeck&apos;s.</source>
        <translation>Karmada 컨트롤러가 이 클러스터에서 cluster-admin 권한을 갖습니다. Secret과 RBAC를 포함해 모든 네임스페이스의 모든 리소스에 대해 모든 작업을 할 수 있습니다. Fleetdeck이 배포하지 않는 종류의 리소스도 배포할 때만 사용하세요.</translation>
    </message>
    <message>
        <source>Least privilege: Karmada&apos;s controllers may manage only what Fleetdeck deploys (namespaces, workloads, services, config, storage claims) and read nodes and events.</source>
        <translation>최소 권한: Karmada 컨트롤러는 Fleetdeck이 배포하는 리소스(네임스페이스, 워크로드, 서비스, 설정, 스토리지 클레임)만 관리하고 노드와 이벤트를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>On this cluster: Namespace %1</source>
        <translation>이 클러스터: Namespace %1</translation>
    </message>
    <message>
        <source>On this cluster: ServiceAccount %1/%2</source>
        <translation>이 클러스터: ServiceAccount %1/%2</translation>
    </message>
    <message>
        <source>On this cluster: ClusterRoleBinding %1 to cluster-admin</source>
        <translation>이 클러스터: cluster-admin에 대한 ClusterRoleBinding %1</translation>
    </message>
    <message>
        <source>On this cluster: ClusterRole and ClusterRoleBinding %1</source>
        <translation>이 클러스터: ClusterRole 및 ClusterRoleBinding %1</translation>
    </message>
    <message>
        <source>On this cluster: token Secret %1/%2</source>
        <translation>이 클러스터: 토큰 Secret %1/%2</translation>
    </message>
    <message>
        <source>On %1: Secret %2/%3 with the token and CA bundle</source>
        <translation>%1: 토큰과 CA 번들이 담긴 Secret %2/%3</translation>
    </message>
    <message>
        <source>the control plane</source>
        <translation>컨트롤 플레인</translation>
    </message>
    <message>
        <source>On %1: Cluster %2 (cluster.karmada.io/v1alpha1, sync mode Push)</source>
        <translation>%1: Cluster %2 (cluster.karmada.io/v1alpha1, 동기화 모드 Push)</translation>
    </message>
    <message>
        <source>No cluster is marked as the Karmada control plane yet. Select the karmada-apiserver cluster in the list and choose &quot;Mark as control plane&quot; first.</source>
        <translation>아직 Karmada 컨트롤 플레인으로 지정된 클러스터가 없습니다. 먼저 목록에서 karmada-apiserver 클러스터를 선택하고 &quot;컨트롤 플레인으로 지정&quot;을 누르세요.</translation>
    </message>
    <message>
        <source>The cluster joined Karmada.</source>
        <translation>클러스터가 Karmada에 조인되었습니다.</translation>
    </message>
    <message>
        <source>The join failed; what was created has been rolled back.</source>
        <translation>조인에 실패했습니다. 생성된 항목은 되돌렸습니다.</translation>
    </message>
    <message>
        <source>The cluster left Karmada.</source>
        <translation>클러스터가 Karmada에서 조인 해제되었습니다.</translation>
    </message>
    <message>
        <source>The unjoin did not finish.</source>
        <translation>조인 해제를 완료하지 못했습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::MainWindow</name>
    <message>
        <source>Fleetdeck</source>
        <translation>Fleetdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation>Fleetdeck 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <source>Store: not opened</source>
        <translation>저장소: 열리지 않음</translation>
    </message>
    <message>
        <source>Offline — contacts only the endpoints you configure</source>
        <translation>오프라인 — 설정한 엔드포인트에만 접속</translation>
    </message>
    <message>
        <source>Store: schema v%1</source>
        <translation>저장소: 스키마 v%1</translation>
    </message>
</context>
<context>
    <name>fd::widgets::NamespaceUsageModel</name>
    <message>
        <source>A whole GPU counts 1, a MIG instance its share of the board (3g.40gb on an A100 counts 3/7); busy weighs that by the measured utilisation.</source>
        <translation>GPU 한 개는 1, MIG 인스턴스는 보드에서 차지하는 비율로 셉니다(A100의 3g.40gb는 3/7). 사용 중 값은 여기에 측정된 사용률을 곱한 것입니다.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>GPUs held</source>
        <translation>점유 GPU</translation>
    </message>
    <message>
        <source>GPUs busy</source>
        <translation>사용 중 GPU</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Peak memory used</source>
        <translation>최대 메모리 사용량</translation>
    </message>
</context>
<context>
    <name>fd::widgets::NodeLabelsModel</name>
    <message>
        <source>This cluster in Fleetdeck</source>
        <translation>Fleetdeck에 등록된 이 클러스터</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>데이터 센터</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation>GPU 모델</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU 전용</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(지정 안 됨)</translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation>레이블 (%1)</translation>
    </message>
    <message>
        <source>Taints (%1)</source>
        <translation>테인트 (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PlacementPreviewDialog</name>
    <message>
        <source>Placement of %1</source>
        <translation>%1의 배치</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PlacementPreviewPanel</name>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선택됨</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>This strategy</source>
        <translation>이 전략</translation>
    </message>
    <message>
        <source>No member clusters are registered: import clusters and join them to the control plane to place models on them.</source>
        <translation>등록된 멤버 클러스터가 없습니다. 모델을 배치하려면 클러스터를 가져와 컨트롤 플레인에 조인하세요.</translation>
    </message>
    <message>
        <source>%1 selects %2 of %3 registered clusters right now (%4).</source>
        <translation>%1은(는) 현재 등록된 클러스터 %3개 중 %2개를 선택합니다(%4).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Matches every target</source>
        <translation>모든 대상 조건과 일치</translation>
    </message>
    <message>
        <source>Named by the strategy but not a registered cluster.</source>
        <translation>전략에 이름이 있지만 등록된 클러스터가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PodUsageModel</name>
    <message>
        <source>A whole GPU counts 1, a MIG instance its share of the board (3g.40gb on an A100 counts 3/7); busy weighs that by the measured utilisation.</source>
        <translation>GPU 한 개는 1, MIG 인스턴스는 보드에서 차지하는 비율로 셉니다(A100의 3g.40gb는 3/7). 사용 중 값은 여기에 측정된 사용률을 곱한 것입니다.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>GPUs held</source>
        <translation>점유 GPU</translation>
    </message>
    <message>
        <source>GPUs busy</source>
        <translation>사용 중 GPU</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Peak memory used</source>
        <translation>최대 메모리 사용량</translation>
    </message>
    <message>
        <source>GPUs (node/GPU/instance)</source>
        <translation>GPU(노드/GPU/인스턴스)</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>No policies yet</source>
        <translation>정책이 없습니다</translation>
    </message>
    <message>
        <source>Placement strategies, resource profiles and failover policies decide where models run and how they recover. Start from a sensible default set.</source>
        <translation>배치 전략, 리소스 프로필, 장애 조치 정책은 모델이 실행될 위치와 장애 시 복구 방식을 결정합니다. 권장 기본 세트로 시작해 보세요.</translation>
    </message>
    <message>
        <source>Create the default set</source>
        <translation>기본 세트 만들기</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Compare the policies with the control plane without changing anything there</source>
        <translation>컨트롤 플레인을 변경하지 않고 정책을 비교합니다</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Apply every strategy and profile to the control plane</source>
        <translation>모든 전략과 프로필을 컨트롤 플레인에 적용합니다</translation>
    </message>
    <message>
        <source>Karmada control plane</source>
        <translation>Karmada 컨트롤 플레인</translation>
    </message>
    <message>
        <source>No Karmada control plane is registered: mark one on the Clusters page to sync policies.</source>
        <translation>등록된 Karmada 컨트롤 플레인이 없습니다. 정책을 동기화하려면 클러스터 페이지에서 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Adopted %1 as %2; the next sync applies %3.</source>
        <translation>%1을(를) %2(으)로 가져왔습니다. 다음 동기화에서 %3을(를) 적용합니다.</translation>
    </message>
    <message>
        <source>Not carried over: %1.</source>
        <translation>옮겨 오지 않은 항목: %1.</translation>
    </message>
    <message>
        <source>Policies are kept in the local store, which could not be opened.</source>
        <translation>정책은 로컬 저장소에 보관되는데, 저장소를 열 수 없었습니다.</translation>
    </message>
    <message>
        <source>Policies could not be read</source>
        <translation>정책을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>정책을 불러오는 중…</translation>
    </message>
    <message>
        <source>Reading the local store.</source>
        <translation>로컬 저장소를 읽고 있습니다.</translation>
    </message>
    <message>
        <source>Placement strategies (%1)</source>
        <translation>배치 전략 (%1)</translation>
    </message>
    <message>
        <source>Resource profiles (%1)</source>
        <translation>리소스 프로필 (%1)</translation>
    </message>
    <message>
        <source>Failover policies (%1)</source>
        <translation>장애 조치 정책 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Created %n policy(s) of the default set.</source>
        <translation>
            <numerusform>기본 세트의 정책 %n개를 만들었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n that already existed.</source>
        <translation>
            <numerusform>이미 있던 %n개는 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default strategy is unchanged.</source>
        <translation>기본 전략은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default strategy? Deployments that no rule matches will be placed by &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;을(를) 기본 전략으로 지정하시겠습니까? 어떤 규칙에도 맞지 않는 배포는 &quot;%2&quot; 대신 &quot;%1&quot;에 따라 배치됩니다.</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default strategy? Deployments that no rule matches will be placed by it.</source>
        <translation>&quot;%1&quot;을(를) 기본 전략으로 지정하시겠습니까? 어떤 규칙에도 맞지 않는 배포는 이 전략에 따라 배치됩니다.</translation>
    </message>
    <message>
        <source>Change the default strategy</source>
        <translation>기본 전략 변경</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>기본으로 지정</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default strategy.</source>
        <translation>이제 &quot;%1&quot;이(가) 기본 전략입니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PolicyCard</name>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Changed on %1 behind Fleetdeck&apos;s back: %2</source>
        <translation>%1에서 Fleetdeck 모르게 변경됨: %2</translation>
    </message>
    <message>
        <source>Not synced to %1: %2</source>
        <translation>%1에 동기화되지 않음: %2</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PolicyEditorDialog</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>lowercase-with-hyphens</source>
        <translation>소문자-하이픈-형식</translation>
    </message>
    <message>
        <source>The name identifies the policy and its Karmada object (fleetdeck-&lt;name&gt;); it cannot be changed later.</source>
        <translation>이름은 정책과 그 Karmada 객체(fleetdeck-&lt;이름&gt;)를 식별하며 나중에 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>A saved policy keeps its name.</source>
        <translation>저장된 정책의 이름은 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>What this policy is for</source>
        <translation>이 정책의 용도</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PolicyHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1의 변경 이력</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PolicyHistoryModel</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>변경한 사람</translation>
    </message>
    <message>
        <source>What</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>변경된 필드</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PolicyTab</name>
    <message>
        <source>Create the default set</source>
        <translation>기본 세트 만들기</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>새 전략</translation>
    </message>
    <message>
        <source>Where model deployments run: which clusters, how replicas spread, and which rules pick a strategy for a new deployment.</source>
        <translation>모델 배포가 실행될 곳: 어느 클러스터에서, 복제본을 어떻게 나누며, 새 배포에 어떤 규칙으로 전략을 고를지 정합니다.</translation>
    </message>
    <message>
        <source>No placement strategies yet</source>
        <translation>배치 전략이 없습니다</translation>
    </message>
    <message>
        <source>A placement strategy decides which clusters run a model and how its replicas spread. The default set adds three: general, large-models and small-models.</source>
        <translation>배치 전략은 모델을 실행할 클러스터와 복제본을 나누는 방식을 정합니다. 기본 세트는 general, large-models, small-models 세 가지를 추가합니다.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>GPUs, memory, CPU and scheduler settings, per zone: zone A for high performance, zone B for general purpose.</source>
        <translation>영역별 GPU, 메모리, CPU, 스케줄러 설정: 영역 A는 고성능, 영역 B는 범용입니다.</translation>
    </message>
    <message>
        <source>No resource profiles yet</source>
        <translation>리소스 프로필이 없습니다</translation>
    </message>
    <message>
        <source>A resource profile sets the GPUs, memory and CPU a model server gets in each zone. The default set adds standard, high-performance and shared-gpu.</source>
        <translation>리소스 프로필은 영역마다 모델 서버가 받을 GPU, 메모리, CPU를 정합니다. 기본 세트는 standard, high-performance, shared-gpu를 추가합니다.</translation>
    </message>
    <message>
        <source>New failover policy</source>
        <translation>새 장애 조치 정책</translation>
    </message>
    <message>
        <source>How long a failure is tolerated before model servers move to another cluster, and what happens to the old replicas.</source>
        <translation>모델 서버를 다른 클러스터로 옮기기 전에 장애를 얼마나 허용할지, 그리고 기존 복제본을 어떻게 할지 정합니다.</translation>
    </message>
    <message>
        <source>No failover policies yet</source>
        <translation>장애 조치 정책이 없습니다</translation>
    </message>
    <message>
        <source>A failover policy moves model servers off a failed cluster. The default set adds one with Karmada&apos;s defaults: move after 5 minutes, keep the old replicas up to 10 minutes.</source>
        <translation>장애 조치 정책은 장애가 난 클러스터에서 모델 서버를 옮깁니다. 기본 세트는 Karmada 기본값인 정책 하나를 추가합니다. 5분 후 이동하고, 기존 복제본은 최대 10분 유지합니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PolicyYamlDialog</name>
    <message>
        <source>YAML of %1</source>
        <translation>%1의 YAML</translation>
    </message>
    <message>
        <source>A failover policy has no Karmada object of its own, and no strategy uses this one yet.</source>
        <translation>장애 조치 정책에는 별도의 Karmada 객체가 없으며, 아직 이 정책을 쓰는 전략도 없습니다.</translation>
    </message>
    <message>
        <source>A failover policy has no Karmada object of its own: it is written into the strategies that use it, shown here.</source>
        <translation>장애 조치 정책에는 별도의 Karmada 객체가 없습니다. 이 정책을 쓰는 전략 안에 기록되며, 여기에 그 전략을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Rendered for the control plane&apos;s schema (%1).</source>
        <translation>컨트롤 플레인 스키마에 맞춰 생성했습니다(%1).</translation>
    </message>
    <message>
        <source>Rendered for %1; the control plane&apos;s own schema is used once policies are synced.</source>
        <translation>%1에 맞춰 생성했습니다. 정책을 동기화하면 컨트롤 플레인 자체의 스키마를 씁니다.</translation>
    </message>
    <message>
        <source>Karmada objects</source>
        <translation>Karmada 객체</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>정책 파일</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ProfileCard</name>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>MIG %1 × %2</source>
        <translation>MIG %1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>GPU %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 CPU cores · %2 GiB</source>
        <translation>CPU %1코어 · %2 GiB</translation>
    </message>
    <message>
        <source>NVLink</source>
        <translation>NVLink</translation>
    </message>
    <message>
        <source>topology-aware</source>
        <translation>토폴로지 인식</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s), shared %1 %</source>
        <translation>
            <numerusform>GPU %n개, %1% 공유</numerusform>
        </translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>gang of %1</source>
        <translation>갱 %1개</translation>
    </message>
    <message>
        <source>overcommit</source>
        <translation>오버커밋</translation>
    </message>
    <message>
        <source>Zone A — high performance</source>
        <translation>영역 A — 고성능</translation>
    </message>
    <message>
        <source>Zone B — general purpose</source>
        <translation>영역 B — 범용</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>연결된 전략</translation>
    </message>
    <message>
        <source>No strategy</source>
        <translation>연결된 전략 없음</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ProfileEditor</name>
    <message>
        <source>Zone A — high performance</source>
        <translation>영역 A — 고성능</translation>
    </message>
    <message>
        <source>Zone B — general purpose</source>
        <translation>영역 B — 범용</translation>
    </message>
    <message>
        <source>Topology-aware placement (CPUs, memory and GPUs on one NUMA node)</source>
        <translation>토폴로지 인식 배치(CPU, 메모리, GPU를 한 NUMA 노드에)</translation>
    </message>
    <message>
        <source>NVLink (nodes with NVLinked GPUs)</source>
        <translation>NVLink(NVLink로 연결된 GPU가 있는 노드)</translation>
    </message>
    <message>
        <source>MIG: a slice of a GPU instead of whole GPUs</source>
        <translation>MIG: GPU 전체 대신 GPU 슬라이스</translation>
    </message>
    <message>
        <source>Share GPUs with other workloads</source>
        <translation>다른 워크로드와 GPU 공유</translation>
    </message>
    <message>
        <source>Gang scheduling (all replicas start together or none)</source>
        <translation>갱 스케줄링(모든 복제본이 함께 시작하거나 하나도 시작하지 않음)</translation>
    </message>
    <message>
        <source>Overcommit (run on reclaimed, unused resources)</source>
        <translation>오버커밋(회수한 미사용 리소스에서 실행)</translation>
    </message>
    <message>
        <source>Resource profile %1</source>
        <translation>리소스 프로필 %1</translation>
    </message>
    <message>
        <source>New resource profile</source>
        <translation>새 리소스 프로필</translation>
    </message>
    <message>
        <source>LSE — latency-sensitive, exclusive CPUs</source>
        <translation>LSE — 지연 민감, 전용 CPU</translation>
    </message>
    <message>
        <source>LSR — latency-sensitive, reserved CPUs</source>
        <translation>LSR — 지연 민감, 예약 CPU</translation>
    </message>
    <message>
        <source>LS — latency-sensitive, shared CPUs</source>
        <translation>LS — 지연 민감, 공유 CPU</translation>
    </message>
    <message>
        <source>BE — best effort</source>
        <translation>BE — 최선 노력(best effort)</translation>
    </message>
    <message>
        <source>Clusters labelled zone A: whole GPUs and Guaranteed resources for large models.</source>
        <translation>영역 A 레이블이 붙은 클러스터: 큰 모델을 위한 GPU 전체와 Guaranteed 리소스.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 코어</translation>
    </message>
    <message>
        <source>MIG profile</source>
        <translation>MIG 프로필</translation>
    </message>
    <message>
        <source>MIG slices</source>
        <translation>MIG 슬라이스 수</translation>
    </message>
    <message>
        <source>Clusters labelled zone B (Koordinator): QoS classes, shared GPUs and colocation.</source>
        <translation>영역 B 레이블이 붙은 클러스터(Koordinator): QoS 클래스, GPU 공유, 혼합 배치.</translation>
    </message>
    <message>
        <source>QoS class</source>
        <translation>QoS 클래스</translation>
    </message>
    <message>
        <source>Share of each GPU</source>
        <translation>GPU당 공유 비율</translation>
    </message>
    <message>
        <source>Minimum gang size</source>
        <translation>최소 갱 크기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PromAlertModel</name>
    <message>
        <source>Firing</source>
        <translation>발생 중</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>활성 시작</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PromConsole</name>
    <message>
        <source>PromQL, e.g. avg by (Hostname) (DCGM_FI_DEV_GPU_UTIL) — Ctrl+Enter runs it</source>
        <translation>PromQL, 예: avg by (Hostname) (DCGM_FI_DEV_GPU_UTIL) — Ctrl+Enter로 실행</translation>
    </message>
    <message>
        <source>Instant (now)</source>
        <translation>즉시 (현재)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>범위: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>쿼리 실행 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No Prometheus endpoint is selected; add or pick one first.</source>
        <translation>선택된 Prometheus 엔드포인트가 없습니다. 먼저 추가하거나 선택하세요.</translation>
    </message>
    <message>
        <source>Type a PromQL expression first.</source>
        <translation>먼저 PromQL 식을 입력하세요.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>The table shows the first %1 of %2 series; narrow the query to see the rest.</source>
        <translation>표에는 시리즈 %2개 중 처음 %1개만 표시됩니다. 나머지를 보려면 쿼리 범위를 좁히세요.</translation>
    </message>
    <message>
        <source>The chart draws the first %1 series.</source>
        <translation>차트에는 처음 %1개 시리즈만 그립니다.</translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus 경고: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were not numbers and are shown as gaps.</source>
        <translation>
            <numerusform>값 %n개가 숫자가 아니어서 빈 구간으로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series over the range.</source>
        <translation>
            <numerusform>범위 내 시리즈 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>결과 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query; Up on the first line and Down on the last recall the queries run before.</source>
        <translation>Ctrl+Enter로 쿼리를 실행합니다. 첫 줄에서 위쪽 화살표, 마지막 줄에서 아래쪽 화살표를 누르면 이전에 실행한 쿼리를 불러옵니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::PromResultModel</name>
    <message>
        <source>Metric</source>
        <translation>메트릭</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>마지막 값</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
</context>
<context>
    <name>fd::widgets::RemoveClusterDialog</name>
    <message>
        <source>Remove cluster %1</source>
        <translation>클러스터 %1 삭제</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Fleetdeck? This cleans up:</source>
        <translation>&quot;%1&quot;을(를) Fleetdeck에서 삭제할까요? 다음 항목이 정리됩니다:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>삭제하는 중…</translation>
    </message>
    <message>
        <source>The cluster was removed.</source>
        <translation>클러스터를 삭제했습니다.</translation>
    </message>
    <message>
        <source>The cluster was not removed completely.</source>
        <translation>클러스터가 완전히 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::RuleDelegate</name>
    <message>
        <source>e.g. 30 (billions of parameters)</source>
        <translation>예: 30 (파라미터 수, 십억 단위)</translation>
    </message>
    <message>
        <source>e.g. vllm</source>
        <translation>예: vllm</translation>
    </message>
    <message>
        <source>e.g. A100</source>
        <translation>예: A100</translation>
    </message>
</context>
<context>
    <name>fd::widgets::RulesModel</name>
    <message>
        <source>Model size</source>
        <translation>모델 크기</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 종류</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>미만</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>이하</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>이상</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>중 하나</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>중 어느 것도 아님</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Billions of parameters, e.g. 70 for a 70B model</source>
        <translation>파라미터 수(십억 단위). 예: 70B 모델이면 70</translation>
    </message>
    <message>
        <source>Several values, separated by commas</source>
        <translation>여러 값을 쉼표로 구분해 입력</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>연산자</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ScaleGroupDialog</name>
    <message>
        <source>New scale group</source>
        <translation>새 스케일 그룹</translation>
    </message>
    <message>
        <source>Same as the template</source>
        <translation>템플릿과 동일</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>그룹 이름</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>데이터스토어</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Name pattern</source>
        <translation>이름 패턴</translation>
    </message>
    <message>
        <source>IP pool (empty: DHCP)</source>
        <translation>IP 풀(비우면 DHCP)</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>프리픽스 길이</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>Give the group a name and choose a template.</source>
        <translation>그룹 이름을 입력하고 템플릿을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Applies immediately. “System default” follows the language of your desktop session.</source>
        <translation>변경 즉시 적용됩니다. ‘시스템 기본값’은 데스크톱 세션의 언어를 따릅니다.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix for seconds</comment>
        <translation>초</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Health refresh interval</source>
        <translation>상태 갱신 주기</translation>
    </message>
    <message>
        <source>Karmada reconcile interval</source>
        <translation>Karmada 동기화 주기</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>데이터 디렉터리</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>비밀 정보</translation>
    </message>
    <message>
        <source>Secret backend</source>
        <translation>보관 방식</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>볼트</translation>
    </message>
    <message>
        <source>Lock vault now</source>
        <translation>지금 볼트 잠그기</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>No secret backend could be opened; see the log for why. Credentials cannot be saved until this is fixed.</source>
        <translation>비밀 정보 저장소를 열 수 없습니다. 원인은 로그를 확인하십시오. 문제를 해결하기 전에는 자격 증명을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>OS 키체인</translation>
    </message>
    <message>
        <source>Passphrase vault (AES-256-GCM)</source>
        <translation>암호 문구 볼트(AES-256-GCM)</translation>
    </message>
    <message>
        <source>Create vault…</source>
        <translation>볼트 만들기…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>New secrets go to the keychain of your desktop session.</source>
        <translation>새 비밀 정보는 데스크톱 세션의 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>아직 만들지 않음</translation>
    </message>
    <message>
        <source>You choose its passphrase the first time a credential is saved.</source>
        <translation>자격 증명을 처음 저장할 때 볼트의 암호 문구를 정합니다.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Fleetdeck asks for the passphrase when it needs a credential.</source>
        <translation>자격 증명이 필요할 때 Fleetdeck가 암호 문구를 묻습니다.</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>잠금 해제됨</translation>
    </message>
    <message>
        <source>It stays unlocked until you lock it here or quit Fleetdeck.</source>
        <translation>여기서 잠그거나 Fleetdeck를 종료할 때까지 잠금 해제 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>Stored secrets</source>
        <translation>저장된 비밀 정보</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>비밀 정보 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>Fleetdeck is asking the OS keychain whether it can keep the secrets.</source>
        <translation>Fleetdeck이 OS 키체인에 비밀 정보를 보관할 수 있는지 확인하고 있습니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::SilenceDialog</name>
    <message>
        <source>Silence alerts</source>
        <translation>알림 사일런스</translation>
    </message>
    <message>
        <source>The Alertmanager stops notifying about every alert that matches all of these matchers until the silence ends. The matchers start as the alert&apos;s labels; remove lines to silence more alerts.</source>
        <translation>사일런스가 끝날 때까지 Alertmanager는 이 매처에 모두 해당하는 알림을 전달하지 않습니다. 매처는 알림의 레이블로 채워져 있으며, 줄을 지우면 더 많은 알림이 사일런스됩니다.</translation>
    </message>
    <message>
        <source>Matchers:</source>
        <translation>매처:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>작성자:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2시간</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4시간</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1주</translation>
    </message>
    <message>
        <source>Why, e.g. the ticket of the maintenance</source>
        <translation>사유, 예: 유지보수 티켓</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>사일런스</translation>
    </message>
    <message>
        <source>The Alertmanager needs a comment and who created the silence.</source>
        <translation>Alertmanager에는 설명과 사일런스 작성자가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::SilenceModel</name>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>매처</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>fd::widgets::StoreErrorDialog</name>
    <message>
        <source>The Fleetdeck database at %1 is damaged.</source>
        <translation>%1에 있는 Fleetdeck 데이터베이스가 손상되었습니다.</translation>
    </message>
    <message>
        <source>Fleetdeck has not changed the file. Restore it from a backup, or move it aside to start with an empty database, then start Fleetdeck again.</source>
        <translation>Fleetdeck은 이 파일을 변경하지 않았습니다. 백업에서 복원하거나, 파일을 다른 곳으로 옮겨 빈 데이터베이스로 시작한 뒤 Fleetdeck을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The Fleetdeck database at %1 was written by a newer version of Fleetdeck.</source>
        <translation>%1에 있는 Fleetdeck 데이터베이스는 더 최신 버전의 Fleetdeck에서 작성되었습니다.</translation>
    </message>
    <message>
        <source>Fleetdeck has not changed the file. Use that newer version, or start this one with another data directory (--data-dir).</source>
        <translation>Fleetdeck은 이 파일을 변경하지 않았습니다. 해당 최신 버전을 사용하거나, 다른 데이터 디렉터리(--data-dir)로 이 버전을 시작하세요.</translation>
    </message>
    <message>
        <source>The Fleetdeck database at %1 could not be opened.</source>
        <translation>%1에 있는 Fleetdeck 데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Fleetdeck has not changed the file. Check that the folder exists and that you can write to it, then start Fleetdeck again.</source>
        <translation>Fleetdeck은 이 파일을 변경하지 않았습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인한 뒤 Fleetdeck을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Fleetdeck cannot start</source>
        <translation>Fleetdeck을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>fd::widgets::StrategyCard</name>
    <message>
        <source>No clusters named</source>
        <translation>지정한 클러스터 없음</translation>
    </message>
    <message>
        <source>Clusters %1</source>
        <translation>클러스터 %1</translation>
    </message>
    <message>
        <source>Zone A clusters</source>
        <translation>영역 A 클러스터</translation>
    </message>
    <message>
        <source>Zone B clusters</source>
        <translation>영역 B 클러스터</translation>
    </message>
    <message>
        <source>Every member cluster</source>
        <translation>모든 멤버 클러스터</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Zone %1 clusters</source>
        <translation>영역 %1 클러스터</translation>
    </message>
    <message>
        <source>%1 labelled %2</source>
        <translation>%1 (레이블 %2)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>An auto-placement rule: %1 the condition, %2 the operator, %3 the value(s).</extracomment>
        <translation>%1 %3 %2</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>기본으로 지정</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Which registered clusters this strategy selects now, and why the others are not selected</source>
        <translation>이 전략이 지금 선택하는 등록 클러스터와 나머지가 선택되지 않는 이유</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Auto — spread by free capacity</source>
        <translation>자동 — 여유 용량에 따라 분산</translation>
    </message>
    <message>
        <source>Manual — all replicas on every cluster</source>
        <translation>수동 — 모든 클러스터에 전체 복제본</translation>
    </message>
    <message>
        <source>Manual — weighted</source>
        <translation>수동 — 가중치에 따라</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation>기본 프로필</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>장애 조치</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>None (chosen by hand or as the default)</source>
        <translation>없음(직접 고르거나 기본 전략으로 쓰임)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 그리고 </translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>사용 중인 배포</translation>
    </message>
    <message>
        <source>No deployments</source>
        <translation>배포 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s): %1</source>
        <translation>
            <numerusform>배포 %n개: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::StrategyEditor</name>
    <message>
        <source>Keep the deployed resources in the clusters when a deployment is deleted</source>
        <translation>배포를 삭제해도 클러스터에 배포된 리소스 유지</translation>
    </message>
    <message>
        <source>Default strategy: takes every deployment that no rule matches</source>
        <translation>기본 전략: 어떤 규칙에도 맞지 않는 모든 배포를 맡음</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>규칙 제거</translation>
    </message>
    <message>
        <source>Placement strategy %1</source>
        <translation>배치 전략 %1</translation>
    </message>
    <message>
        <source>New placement strategy</source>
        <translation>새 배치 전략</translation>
    </message>
    <message>
        <source>Auto — Karmada spreads replicas over the matching clusters by free capacity</source>
        <translation>자동 — Karmada가 조건에 맞는 클러스터에 여유 용량에 따라 복제본을 분산</translation>
    </message>
    <message>
        <source>Manual — exactly the clusters you name</source>
        <translation>수동 — 지정한 클러스터에만</translation>
    </message>
    <message>
        <source>Zone and labels</source>
        <translation>영역과 레이블</translation>
    </message>
    <message>
        <source>Cluster names</source>
        <translation>클러스터 이름</translation>
    </message>
    <message>
        <source>Any zone</source>
        <translation>모든 영역</translation>
    </message>
    <message>
        <source>Zone A — high performance</source>
        <translation>영역 A — 고성능</translation>
    </message>
    <message>
        <source>Zone B — general purpose</source>
        <translation>영역 B — 범용</translation>
    </message>
    <message>
        <source>key=value, … (for example team=llm)</source>
        <translation>키=값, … (예: team=llm)</translation>
    </message>
    <message>
        <source>cluster names, separated by commas</source>
        <translation>클러스터 이름, 쉼표로 구분</translation>
    </message>
    <message>
        <source>Every cluster runs all replicas</source>
        <translation>모든 클러스터가 전체 복제본 실행</translation>
    </message>
    <message>
        <source>Replicas divided by weight</source>
        <translation>가중치에 따라 복제본 분배</translation>
    </message>
    <message>
        <source>cluster=weight, … (for example seoul-a=2, seoul-b=1)</source>
        <translation>클러스터=가중치, … (예: seoul-a=2, seoul-b=1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>None — replicas stay on a failed cluster</source>
        <translation>없음 — 복제본이 장애 클러스터에 남음</translation>
    </message>
    <message>
        <source>Abort when a resource of the same name exists</source>
        <translation>같은 이름의 리소스가 있으면 중단</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>덮어쓰기</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Choose clusters by</source>
        <translation>클러스터 선택 기준</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Cluster labels</source>
        <translation>클러스터 레이블</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>복제본</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Resource profile</source>
        <translation>리소스 프로필</translation>
    </message>
    <message>
        <source>Failover policy</source>
        <translation>장애 조치 정책</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>The deploy form picks this strategy for a new deployment when all of its rules match; the default strategy takes the rest.</source>
        <translation>새 배포가 이 전략의 규칙을 모두 만족하면 배포 양식이 이 전략을 고릅니다. 나머지는 기본 전략이 맡습니다.</translation>
    </message>
    <message>
        <source>Auto-placement rules</source>
        <translation>자동 배치 규칙</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌 시</translation>
    </message>
    <message>
        <source>Write labels as key=value, separated by commas (&quot;%1&quot; has no &apos;=&apos;).</source>
        <translation>레이블은 키=값 형식으로 쉼표로 구분해 쓰십시오(&quot;%1&quot;에 &apos;=&apos;가 없습니다).</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot;의 가중치는 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Write weights as cluster=weight, separated by commas (&quot;%1&quot; has no &apos;=&apos;).</source>
        <translation>가중치는 클러스터=가중치 형식으로 쉼표로 구분해 쓰십시오(&quot;%1&quot;에 &apos;=&apos;가 없습니다).</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default strategy? Deployments that no rule matches will be placed by &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;을(를) 기본 전략으로 지정하시겠습니까? 어떤 규칙에도 맞지 않는 배포는 &quot;%2&quot; 대신 &quot;%1&quot;에 따라 배치됩니다.</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default strategy? Deployments that no rule matches will be placed by it.</source>
        <translation>&quot;%1&quot;을(를) 기본 전략으로 지정하시겠습니까? 어떤 규칙에도 맞지 않는 배포는 이 전략에 따라 배치됩니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will no longer be the default strategy. Deployments that no rule matches will have no strategy until you choose another default.</source>
        <translation>&quot;%1&quot;은(는) 더 이상 기본 전략이 아닙니다. 다른 기본 전략을 고를 때까지 어떤 규칙에도 맞지 않는 배포에는 전략이 없습니다.</translation>
    </message>
    <message>
        <source>Change the default strategy</source>
        <translation>기본 전략 변경</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>기본으로 지정</translation>
    </message>
    <message>
        <source>Remove default flag</source>
        <translation>기본 지정 해제</translation>
    </message>
    <message>
        <source>Placement preview</source>
        <translation>배치 미리보기</translation>
    </message>
</context>
<context>
    <name>fd::widgets::SyncBadge</name>
    <message>
        <source>Not synced</source>
        <translation>동기화 안 됨</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>변경 감지</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>동기화 실패</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <source>External</source>
        <translation>외부</translation>
    </message>
    <message>
        <source>Not applied to a Karmada control plane yet.</source>
        <translation>아직 Karmada 컨트롤 플레인에 적용되지 않았습니다.</translation>
    </message>
    <message>
        <source>control plane %1</source>
        <translation>컨트롤 플레인 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(%1에 확인)</translation>
    </message>
    <message>
        <source>Changed on the server: %1</source>
        <translation>서버에서 변경됨: %1</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>동기화 상태: %1</translation>
    </message>
</context>
<context>
    <name>fd::widgets::SyncDialog</name>
    <message>
        <source>Adopt</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Check policies on %1</source>
        <translation>%1의 정책 확인</translation>
    </message>
    <message>
        <source>Sync policies to %1</source>
        <translation>%1에 정책 동기화</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>%1과(와) 비교하는 중…</translation>
    </message>
    <message>
        <source>Syncing to %1…</source>
        <translation>%1에 동기화하는 중…</translation>
    </message>
    <message>
        <source>Could not reach the policies on %1.</source>
        <translation>%1의 정책에 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 in sync, %4 drifted, %5 not synced, %6 failed, %7 external.</source>
        <translation>%1(%2): 동기화됨 %3, 변경됨 %4, 동기화 안 됨 %5, 실패 %6, 외부 %7.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 created, %4 updated, %5 in sync, %6 deleted, %7 failed, %8 external.</source>
        <translation>%1(%2): 생성 %3, 갱신 %4, 동기화됨 %5, 삭제 %6, 실패 %7, 외부 %8.</translation>
    </message>
    <message>
        <source>Adopted as %1.</source>
        <translation>%1(으)로 가져왔습니다.</translation>
    </message>
    <message>
        <source>Adopted %1: the next sync applies %2.</source>
        <translation>%1을(를) 가져왔습니다. 다음 동기화에서 %2을(를) 적용합니다.</translation>
    </message>
    <message>
        <source>Not carried over: %1.</source>
        <translation>옮겨 오지 않은 항목: %1.</translation>
    </message>
    <message>
        <source>Another policy sync with %1 is running; nothing was changed.</source>
        <translation>%1과(와)의 다른 정책 동기화가 실행 중이라 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Make the selected external ClusterPropagationPolicy a Fleetdeck placement strategy, or the selected ClusterOverridePolicy a resource profile. The original stays on the control plane.</source>
        <translation>선택한 외부 ClusterPropagationPolicy를 Fleetdeck 배치 전략으로, 또는 선택한 ClusterOverridePolicy를 리소스 프로필로 만듭니다. 원본은 컨트롤 플레인에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>The sync with %1 stopped part way; the rows say what was done.</source>
        <translation>%1과(와)의 동기화가 도중에 중단되었습니다. 각 행에 처리된 내용이 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::SyncResultModel</name>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신됨</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>동기화 안 됨</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>변경됨(드리프트)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>External</source>
        <translation>외부</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>필드: %1</translation>
    </message>
    <message>
        <source>Karmada object</source>
        <translation>Karmada 객체</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>fd::widgets::VCenterPage</name>
    <message>
        <source>vCenter</source>
        <translation>vCenter</translation>
    </message>
    <message>
        <source>No vCenter connection</source>
        <translation>vCenter 연결이 없습니다</translation>
    </message>
    <message>
        <source>Connect a VMware vCenter to browse virtual machines, templates, hosts and datastores, and to power or clone VMs.</source>
        <translation>VMware vCenter를 연결하면 가상 머신, 템플릿, 호스트, 데이터스토어를 조회하고 VM 전원 제어와 복제를 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add vCenter connection</source>
        <translation>vCenter 연결 추가</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Remove vCenter connection</source>
        <translation>vCenter 연결 제거</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;? Its password, template notes and scale groups are deleted from this computer; nothing changes in the vCenter.</source>
        <translation>&quot;%1&quot; 연결을 제거하시겠습니까? 이 컴퓨터에서 암호, 템플릿 메모, 스케일 그룹이 삭제되며 vCenter에서는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>이 인증서 신뢰</translation>
    </message>
    <message>
        <source>Trust the certificate with the SHA-256 fingerprint %1 for &quot;%2&quot;? Compare it with the fingerprint your vCenter administrator gives you first.</source>
        <translation>&quot;%2&quot;에 대해 SHA-256 지문이 %1인 인증서를 신뢰하시겠습니까? 먼저 vCenter 관리자가 알려 준 지문과 비교하십시오.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it to see the vCenter again.</source>
        <translation>볼트가 잠겨 있습니다. vCenter를 다시 보려면 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>전원 켜기</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>전원 끄기</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>The local store or the secret store is not available; see Settings.</source>
        <translation>로컬 저장소 또는 비밀 저장소를 사용할 수 없습니다. 설정을 확인하십시오.</translation>
    </message>
    <message>
        <source>Add vCenter…</source>
        <translation>vCenter 추가…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>이 인증서 신뢰…</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation>데이터스토어</translation>
    </message>
    <message>
        <source>Scale groups</source>
        <translation>스케일 그룹</translation>
    </message>
    <message>
        <source>Search name, IP, host, folder…</source>
        <translation>이름, IP, 호스트, 폴더 검색…</translation>
    </message>
    <message>
        <source>Show vCLS agent VMs</source>
        <translation>vCLS 에이전트 VM 표시</translation>
    </message>
    <message>
        <source>Shut down guest</source>
        <translation>게스트 종료</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>복제…</translation>
    </message>
    <message>
        <source>Edit notes…</source>
        <translation>메모 편집…</translation>
    </message>
    <message>
        <source>Scale out…</source>
        <translation>스케일 아웃…</translation>
    </message>
    <message>
        <source>Scale in…</source>
        <translation>스케일 인…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>게스트 OS</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Default IP pool</source>
        <translation>기본 IP 풀</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>데이터센터</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전원</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>유지 보수</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 코어</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>여유</translation>
    </message>
    <message>
        <source>Free %</source>
        <translation>여유 %</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>접근 가능</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Name pattern</source>
        <translation>이름 패턴</translation>
    </message>
    <message>
        <source>IP pool</source>
        <translation>IP 풀</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>%1: %2 VMs, %3 hosts, %4 datastores; live.</source>
        <translation>%1: VM %2개, 호스트 %3개, 데이터스토어 %4개, 실시간.</translation>
    </message>
    <message>
        <source>Any power state</source>
        <translation>모든 전원 상태</translation>
    </message>
    <message>
        <source>Any datacenter</source>
        <translation>모든 데이터센터</translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation>모든 클러스터</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>모든 호스트</translation>
    </message>
    <message>
        <source>Any folder</source>
        <translation>모든 폴더</translation>
    </message>
    <message>
        <source>VM template</source>
        <translation>VM 템플릿</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>콘텐츠 라이브러리</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>일부 성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>아웃</translation>
    </message>
    <message>
        <source>In</source>
        <translation>인</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 복사됨</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
    <message>
        <source>%1 the VM &quot;%2&quot;?</source>
        <translation>VM &quot;%2&quot;에 대해 %1 작업을 하시겠습니까?</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: 완료.</translation>
    </message>
    <message>
        <source>Ask the guest OS of &quot;%1&quot; to shut down?</source>
        <translation>&quot;%1&quot;의 게스트 OS에 종료를 요청하시겠습니까?</translation>
    </message>
    <message>
        <source>Shutting down %1…</source>
        <translation>%1 종료 중…</translation>
    </message>
    <message>
        <source>Shut down %1</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <source>The guest of %1 was asked to shut down.</source>
        <translation>%1의 게스트에 종료를 요청했습니다.</translation>
    </message>
    <message>
        <source>Destroy VM</source>
        <translation>VM 삭제</translation>
    </message>
    <message>
        <source>Destroy the VM &quot;%1&quot;? It is powered off first and its disks are deleted; this cannot be undone.</source>
        <translation>VM &quot;%1&quot;을(를) 삭제하시겠습니까? 먼저 전원을 끈 뒤 디스크까지 삭제하며, 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Destroying %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>%1 was destroyed.</source>
        <translation>%1이(가) 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Content-library templates are deployed from vCenter itself; choose a VM template to clone.</source>
        <translation>콘텐츠 라이브러리 템플릿은 vCenter에서 직접 배포합니다. 복제할 VM 템플릿을 선택하십시오.</translation>
    </message>
    <message>
        <source>Cloning %1 from %2…</source>
        <translation>%2에서 %1 복제 중…</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>%1 복제</translation>
    </message>
    <message>
        <source>%1 was cloned from %2.</source>
        <translation>%2에서 %1을(를) 복제했습니다.</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>%1 메모</translation>
    </message>
    <message>
        <source>Clone %1 new VM(s) from %2 for the group &quot;%3&quot;?</source>
        <translation>&quot;%3&quot; 그룹을 위해 %2에서 새 VM %1개를 복제하시겠습니까?</translation>
    </message>
    <message>
        <source>Destroy the %1 newest VM(s) of the group &quot;%2&quot;? They are powered off and deleted from disk.</source>
        <translation>&quot;%2&quot; 그룹에서 가장 최근 VM %1개를 삭제하시겠습니까? 전원을 끈 뒤 디스크에서 삭제합니다.</translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation>스케일 아웃</translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation>스케일 인</translation>
    </message>
    <message>
        <source>Scaling %1 out by %2…</source>
        <translation>%1을(를) %2개 스케일 아웃하는 중…</translation>
    </message>
    <message>
        <source>Scaling %1 in by %2…</source>
        <translation>%1을(를) %2개 스케일 인하는 중…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>완료: %1.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>새 그룹…</translation>
    </message>
    <message>
        <source>Reading the saved vCenter connections…</source>
        <translation>저장된 vCenter 연결을 읽는 중…</translation>
    </message>
    <message>
        <source>The saved vCenter connections could not be read: %1</source>
        <translation>저장된 vCenter 연결을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>fd::widgets::VaultGate</name>
    <message>
        <source>Secrets: unavailable</source>
        <translation>비밀 정보: 사용할 수 없음</translation>
    </message>
    <message>
        <source>Secrets: OS keychain</source>
        <translation>비밀 정보: OS 키체인</translation>
    </message>
    <message>
        <source>Vault: not created yet</source>
        <translation>볼트: 아직 만들지 않음</translation>
    </message>
    <message>
        <source>Vault: locked</source>
        <translation>볼트: 잠김</translation>
    </message>
    <message>
        <source>Vault: unlocked</source>
        <translation>볼트: 잠금 해제됨</translation>
    </message>
    <message>
        <source>Secrets: checking…</source>
        <translation>비밀 정보: 확인 중…</translation>
    </message>
</context>
<context>
    <name>fd::widgets::VaultUnlockDialog</name>
    <message>
        <source>Create the secret vault</source>
        <translation>비밀 정보 볼트 만들기</translation>
    </message>
    <message>
        <source>Choose a passphrase for the secret vault</source>
        <translation>비밀 정보 볼트의 암호 문구를 정하십시오</translation>
    </message>
    <message numerus="yes">
        <source>Fleetdeck keeps tokens, keys and passwords in an encrypted vault in its data directory. The passphrase is never stored: if it is lost, the secrets in the vault cannot be recovered. Use at least %n characters.</source>
        <translation>
            <numerusform>Fleetdeck는 토큰, 키, 비밀번호를 데이터 디렉터리의 암호화된 볼트에 보관합니다. 암호 문구는 어디에도 저장되지 않으므로 잊어버리면 볼트에 든 비밀 정보를 복구할 수 없습니다. %n자 이상으로 정하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>암호 문구(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation>암호 문구 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>볼트 만들기</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>비밀 정보 볼트 잠금 해제</translation>
    </message>
    <message>
        <source>Enter the vault passphrase</source>
        <translation>볼트 암호 문구를 입력하십시오</translation>
    </message>
    <message>
        <source>Fleetdeck needs the stored credentials. The vault stays unlocked until you lock it in Settings or quit.</source>
        <translation>Fleetdeck에서 저장된 자격 증명이 필요합니다. 설정에서 잠그거나 종료할 때까지 볼트는 잠금 해제 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>암호 문구를 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short; use at least %n characters.</source>
        <translation>
            <numerusform>암호 문구가 너무 짧습니다. %n자 이상으로 입력하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase in both fields.</source>
        <translation>두 암호 문구가 일치하지 않습니다. 두 칸에 같은 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>볼트를 만드는 중…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>암호 문구를 확인하는 중…</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault; nothing was changed.</source>
        <translation>이 암호 문구로는 볼트를 열 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>fd::widgets::VmTableModel</name>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>일시 중단</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Click to copy one of the %1 addresses</source>
        <translation>클릭하여 주소 %1개 중 하나 복사</translation>
    </message>
    <message>
        <source>Click to copy the address</source>
        <translation>클릭하여 주소 복사</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전원</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>게스트 OS</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>데이터센터</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>VMware Tools</source>
        <translation>VMware Tools</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Running (outdated)</source>
        <translation>실행 중(구버전)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>설치 안 됨</translation>
    </message>
</context>
<context>
    <name>fd::widgets::ZoneCombo</name>
    <message>
        <source>A — high performance</source>
        <translation>A — 고성능</translation>
    </message>
    <message>
        <source>B — general purpose</source>
        <translation>B — 범용</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Zone A runs large models on dedicated GPUs, zone B shares GPUs for general work. Placement strategies and resource profiles select clusters by zone.</source>
        <translation>영역 A는 전용 GPU에서 대형 모델을 실행하고, 영역 B는 GPU를 공유하여 일반 작업을 처리합니다. 배치 전략과 리소스 프로필은 영역으로 클러스터를 선택합니다.</translation>
    </message>
</context>
</TS>
