<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
            <numerusform>%n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>전체 %n건 중 %1건</numerusform></translation>
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
            <numerusform>%n건을 %1(으)로 내보냈습니다</numerusform></translation>
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
        <source>Vault: not in use</source>
        <translation>볼트: 사용 안 함</translation>
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
        <source>Arrives with the policy editor.</source>
        <translation>정책 편집기와 함께 제공될 예정입니다.</translation>
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
</TS>