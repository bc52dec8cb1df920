<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fd::deploy</name>
    <message numerus="yes">
        <source>No node has %n free %1 GPU(s) for a replica; the best, %2, has %3 of %4 free.</source>
        <translation>
            <numerusform>No node has %n free %1 GPU for a replica; the best, %2, has %3 of %4 free.</numerusform>
            <numerusform>No node has %n free %1 GPUs for a replica; the best, %2, has %3 of %4 free.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model needs about %1 of GPU memory, but %n GPU(s) on %2 offer %3; use more GPUs, a shorter context or a smaller quantisation.</source>
        <translation>
            <numerusform>The model needs about %1 of GPU memory, but %n GPU on %2 offers %3; use more GPUs, a shorter context or a smaller quantisation.</numerusform>
            <numerusform>The model needs about %1 of GPU memory, but %n GPUs on %2 offer %3; use more GPUs, a shorter context or a smaller quantisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replicas share one new model store, so it is requested ReadWriteMany; the storage class must support that.</source>
        <translation>
            <numerusform>%n replica shares one new model store, so it is requested ReadWriteMany; the storage class must support that.</numerusform>
            <numerusform>%n replicas share one new model store, so it is requested ReadWriteMany; the storage class must support that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The setting %1 is %2 but each replica has %n GPU(s); it must divide the GPU count.</source>
        <translation>
            <numerusform>The setting %1 is %2 but each replica has %n GPU; it must divide the GPU count.</numerusform>
            <numerusform>The setting %1 is %2 but each replica has %n GPUs; it must divide the GPU count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model server keeps crashing (CrashLoopBackOff, %n restart(s)); its log says why. Last event: %1</source>
        <translation>
            <numerusform>The model server keeps crashing (CrashLoopBackOff, %n restart); its log says why. Last event: %1</numerusform>
            <numerusform>The model server keeps crashing (CrashLoopBackOff, %n restarts); its log says why. Last event: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n replica(s) are ready.</source>
        <translation>
            <numerusform>The %n replica is ready.</numerusform>
            <numerusform>All %n replicas are ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::net</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::AllocationModel</name>
    <message numerus="yes">
        <source>Idle: holds %n GPU(s), used %1 % over %2</source>
        <translation>
            <numerusform>Idle: holds %n GPU, used %1 % over %2</numerusform>
            <numerusform>Idle: holds %n GPUs, used %1 % over %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::AuditPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterGroupModel</name>
    <message numerus="yes">
        <source>%1 — %n cluster(s)</source>
        <translation>
            <numerusform>%1 — %n cluster</numerusform>
            <numerusform>%1 — %n clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::ClusterListPanel</name>
    <message numerus="yes">
        <source>Testing %n cluster(s)…</source>
        <translation>
            <numerusform>Testing %n cluster…</numerusform>
            <numerusform>Testing %n clusters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::DeploymentFailoversPanel</name>
    <message numerus="yes">
        <source>%n failover(s) observed: the model of the strategy&apos;s failover policy on top, what happened below.</source>
        <translation>
            <numerusform>%n failover observed: the model of the strategy&apos;s failover policy on top, what happened below.</numerusform>
            <numerusform>%n failovers observed: the model of the strategy&apos;s failover policy on top, what happened below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failover(s) observed.</source>
        <translation>
            <numerusform>%n failover observed.</numerusform>
            <numerusform>%n failovers observed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::ImportDialog</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>Testing %n connection…</numerusform>
            <numerusform>Testing %n connections…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) ticked for import.</source>
        <translation>
            <numerusform>%n cluster ticked for import.</numerusform>
            <numerusform>%n clusters ticked for import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::PoliciesPage</name>
    <message numerus="yes">
        <source>Created %n policy(s) of the default set.</source>
        <translation>
            <numerusform>Created %n policy of the default set.</numerusform>
            <numerusform>Created %n policies of the default set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n that already existed.</source>
        <translation>
            <numerusform>Kept %n that already existed.</numerusform>
            <numerusform>Kept %n that already existed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::ProfileCard</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s), shared %1 %</source>
        <translation>
            <numerusform>%n GPU, shared %1 %</numerusform>
            <numerusform>%n GPUs, shared %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::PromConsole</name>
    <message numerus="yes">
        <source>%n value(s) were not numbers and are shown as gaps.</source>
        <translation>
            <numerusform>%n value was not a number and is shown as a gap.</numerusform>
            <numerusform>%n values were not numbers and are shown as gaps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series over the range.</source>
        <translation>
            <numerusform>%n series over the range.</numerusform>
            <numerusform>%n series over the range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::SettingsPage</name>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::StrategyCard</name>
    <message numerus="yes">
        <source>%n deployment(s): %1</source>
        <translation>
            <numerusform>%n deployment: %1</numerusform>
            <numerusform>%n deployments: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::widgets::VaultUnlockDialog</name>
    <message numerus="yes">
        <source>Fleetdeck keeps tokens, keys and passwords in an encrypted vault in its data directory. The passphrase is never stored: if it is lost, the secrets in the vault cannot be recovered. Use at least %n characters.</source>
        <translation>
            <numerusform>Fleetdeck keeps tokens, keys and passwords in an encrypted vault in its data directory. The passphrase is never stored: if it is lost, the secrets in the vault cannot be recovered. Use at least %n character.</numerusform>
            <numerusform>Fleetdeck keeps tokens, keys and passwords in an encrypted vault in its data directory. The passphrase is never stored: if it is lost, the secrets in the vault cannot be recovered. Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short; use at least %n characters.</source>
        <translation>
            <numerusform>The passphrase is too short; use at least %n character.</numerusform>
            <numerusform>The passphrase is too short; use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
