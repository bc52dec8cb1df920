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
        <source>The policy is not valid.</source>
        <translation>정책이 올바르지 않습니다.</translation>
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
        <source>The control plane serves no Karmada policy API (policy.karmada.io ClusterPropagationPolicy); check that the cluster marked as control plane is the karmada-apiserver.</source>
        <translation>컨트롤 플레인이 Karmada 정책 API(policy.karmada.io ClusterPropagationPolicy)를 제공하지 않습니다. 컨트롤 플레인으로 지정한 클러스터가 karmada-apiserver인지 확인하세요.</translation>
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
        <source>Arrives with model deployments.</source>
        <translation>모델 배포 기능과 함께 제공될 예정입니다.</translation>
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
        <source>Arrives with GPU metrics.</source>
        <translation>GPU 메트릭 기능과 함께 제공될 예정입니다.</translation>
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
        <source>No member clusters are registered: import clusters and join them to the control plane to place models on them.</source>
        <translation>등록된 멤버 클러스터가 없습니다. 모델을 배치하려면 클러스터를 가져와 컨트롤 플레인에 조인하세요.</translation>
    </message>
    <message>
        <source>%1 selects %2 of %3 registered clusters right now (%4).</source>
        <translation>%1은(는) 현재 등록된 클러스터 %3개 중 %2개를 선택합니다(%4).</translation>
    </message>
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
    <message>
        <source>Close</source>
        <translation>닫기</translation>
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
        <source>e.g. vllm</source>
        <translation>예: vllm</translation>
    </message>
    <message>
        <source>e.g. A100</source>
        <translation>예: A100</translation>
    </message>
    <message>
        <source>e.g. 30 (billions of parameters)</source>
        <translation>예: 30 (파라미터 수, 십억 단위)</translation>
    </message>
</context>
<context>
    <name>fd::widgets::RulesModel</name>
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
    <message>
        <source>Model size</source>
        <translation>모델 크기</translation>
    </message>
    <message>
        <source>Billions of parameters, e.g. 70 for a 70B model</source>
        <translation>파라미터 수(십억 단위). 예: 70B 모델이면 70</translation>
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
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>기본으로 지정</translation>
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
    <message>
        <source>%1 %2 %3</source>
        <extracomment>An auto-placement rule: %1 the condition, %2 the operator, %3 the value(s).</extracomment>
        <translation>%1 %3 %2</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Which registered clusters this strategy selects now, and why the others are not selected</source>
        <translation>이 전략이 지금 선택하는 등록 클러스터와 나머지가 선택되지 않는 이유</translation>
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
        <source>Make the selected external ClusterPropagationPolicy a Fleetdeck placement strategy. The original stays on the control plane.</source>
        <translation>선택한 외부 ClusterPropagationPolicy를 Fleetdeck 배치 전략으로 만듭니다. 원본은 컨트롤 플레인에 남습니다.</translation>
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
        <source>Arrives with vCenter support.</source>
        <translation>vCenter 지원과 함께 제공될 예정입니다.</translation>
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
</TS>
