// Command vcsim-fleetdeck serves the vSphere simulator (github.com/vmware/govmomi/simulator, as
// Debian's golang-github-vmware-govmomi-dev ships it) on 127.0.0.1 with an inventory shaped for
// Fleetdeck's tests: two datacenters with clusters, standalone hosts, resource pools, folders,
// datastores and networks; VMs with guest IPs (several NICs and addresses on some, no VMware Tools
// on others); vCenter's own vCLS-* agent VMs; VM templates; a content library with templates
// (legacy /rest API). Debian ships the library but not the vcsim command, hence this launcher.
//
//	vcsim-fleetdeck -dir DIR [-vms N] [-user U] [-password P]
//
// Once it listens it writes DIR/ready.json (url, credentials, the server certificate's SHA-256
// fingerprint and PEM, counts) atomically; it stops on SIGTERM or SIGINT.
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"flag"
	"fmt"
	"io/ioutil"
	"log"
	"math/big"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	_ "github.com/vmware/govmomi/vapi/simulator" // the legacy /rest endpoints (content library)
	"github.com/vmware/govmomi/vapi/library"
	"github.com/vmware/govmomi/vapi/rest"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

type ready struct {
	URL       string `json:"url"`
	Host      string `json:"host"`
	Port      int    `json:"port"`
	Username  string `json:"username"`
	Password  string `json:"password"`
	SHA256    string `json:"sha256"`
	CertPEM   string `json:"certPem"`
	PID       int    `json:"pid"`
	VMs       int    `json:"vms"`       // every VM, templates and vCLS agents included
	Templates int    `json:"templates"` // VM templates
	VCLS      int    `json:"vcls"`
	Library   int    `json:"libraryItems"`
}

// A fresh self-signed certificate per run, as on site: vCenters present their own VMCA- or
// self-signed certificate, never one of a public CA.
func selfSigned() (tls.Certificate, []byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "vcsim.fleetdeck.test", Organization: []string{"Fleetdeck tests"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:     []string{"localhost", "vcsim.fleetdeck.test"},
	}
	der, err := x509.CreateCertificate(rand.Reader, &tmpl, &tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, der, nil
}

func fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

func must(err error, what string) {
	if err != nil {
		log.Fatalf("vcsim-fleetdeck: %s: %v", what, err)
	}
}

func main() {
	dir := flag.String("dir", "", "directory for ready.json (required)")
	vms := flag.Int("vms", 24, "ordinary VMs to create (spread over the clusters' and hosts' pools)")
	user := flag.String("user", "administrator@vsphere.local", "user name")
	password := flag.String("password", "Fleetdeck-Test-1!", "password")
	flag.Parse()
	if *dir == "" {
		log.Fatal("vcsim-fleetdeck: -dir is required")
	}
	log.SetFlags(log.Ltime | log.Lmicroseconds)

	model := simulator.VPX()
	model.Datacenter = 2
	model.Cluster = 2
	model.ClusterHost = 2
	model.Host = 1 // a standalone host per datacenter (no cluster)
	model.Pool = 1
	model.Datastore = 2
	model.Portgroup = 2
	// The model creates Machine VMs in each cluster's root pool and on each standalone host.
	pools := model.Datacenter * (model.Cluster + model.Host)
	model.Machine = (*vms + pools - 1) / pools
	started := time.Now()
	must(model.Create(), "creating the model")
	defer model.Remove()
	log.Printf("model with %d VMs created in %v", model.Machine*pools, time.Since(started))

	cert, der, err := selfSigned()
	must(err, "making a certificate")
	model.Service.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	model.Service.Listen = &url.URL{Host: "127.0.0.1:0", User: url.UserPassword(*user, *password)}
	model.Service.RegisterEndpoints = true
	server := model.Service.NewServer()
	defer server.Close()

	ctx := context.Background()
	sdk := *server.URL
	sdk.User = url.UserPassword(*user, *password)
	client, err := govmomi.NewClient(ctx, &sdk, true)
	must(err, "logging in to the simulator")

	r := ready{Username: *user, Password: *password, PID: os.Getpid()}
	r.Templates, r.VCLS = shape(ctx, client)
	r.Library = contentLibrary(ctx, client, *user, *password)
	guestInfo()
	_ = client.Logout(ctx)

	r.VMs = len(simulator.Map.All("VirtualMachine"))
	plain := *server.URL
	plain.User = nil // credentials go in their own fields, never in the URL
	r.URL = plain.String()
	r.Host, _, _ = net.SplitHostPort(server.URL.Host)
	fmt.Sscanf(server.URL.Port(), "%d", &r.Port)
	r.SHA256 = fingerprint(der)
	r.CertPEM = string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))

	data, _ := json.MarshalIndent(r, "", "  ")
	tmp := filepath.Join(*dir, "ready.json.tmp")
	must(ioutil.WriteFile(tmp, data, 0o600), "writing ready.json")
	must(os.Rename(tmp, filepath.Join(*dir, "ready.json")), "writing ready.json")
	log.Printf("serving %s (%d VMs) after %v", r.URL, r.VMs, time.Since(started))

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	log.Printf("stopping")
}

// shape adds what the plain model lacks, through the API as an admin would: folders, VM templates,
// vCLS agent VMs, powered-off VMs.
func shape(ctx context.Context, c *govmomi.Client) (templates, vcls int) {
	finder := find.NewFinder(c.Client, false)
	dcs, err := finder.DatacenterList(ctx, "*")
	must(err, "listing datacenters")
	sort.Slice(dcs, func(i, j int) bool { return dcs[i].Name() < dcs[j].Name() })
	for n, dc := range dcs {
		finder.SetDatacenter(dc)
		folders, err := dc.Folders(ctx)
		must(err, "datacenter folders")
		prod, err := folders.VmFolder.CreateFolder(ctx, "prod")
		must(err, "creating a folder")
		gpu, err := prod.CreateFolder(ctx, "gpu")
		must(err, "creating a folder")
		tmplFolder, err := folders.VmFolder.CreateFolder(ctx, "templates")
		must(err, "creating a folder")
		vclsFolder, err := folders.VmFolder.CreateFolder(ctx, "vCLS")
		must(err, "creating a folder")

		vms, err := finder.VirtualMachineList(ctx, "*")
		must(err, "listing VMs")
		sort.Slice(vms, func(i, j int) bool { return vms[i].Name() < vms[j].Name() })
		var toProd, toGpu []types.ManagedObjectReference
		for i, vm := range vms {
			switch i % 4 {
			case 1:
				toProd = append(toProd, vm.Reference())
			case 2:
				toGpu = append(toGpu, vm.Reference())
			}
			if i%6 == 5 {
				task, err := vm.PowerOff(ctx)
				must(err, "powering off")
				must(task.Wait(ctx), "powering off")
			}
		}
		moveInto(ctx, prod, toProd)
		moveInto(ctx, gpu, toGpu)

		clusters, err := finder.ClusterComputeResourceList(ctx, "*")
		must(err, "listing clusters")
		sort.Slice(clusters, func(i, j int) bool { return clusters[i].Name() < clusters[j].Name() })
		pool, err := clusters[0].ResourcePool(ctx)
		must(err, "cluster pool")
		ds, err := finder.DatastoreList(ctx, "*")
		must(err, "listing datastores")

		names := []string{"tmpl-ubuntu-22.04-gpu", "tmpl-rocky-9"}
		if n > 0 {
			names = []string{"tmpl-windows-2022"}
		}
		for _, name := range names {
			vm := createVM(ctx, tmplFolder, pool, ds[0], name, "ubuntu64Guest")
			must(vm.MarkAsTemplate(ctx), "marking a template")
			templates++
		}
		// vCenter 7.0U1+ runs up to three agent VMs per cluster in a vCLS folder.
		for i := 0; i < 2; i++ {
			name := fmt.Sprintf("vCLS-%08x-%04x-4%03x-8a5e-%012x", 0x3f2a7b00+n*16+i, n, i, 0x5e6f7a8b9c0d+i)
			vm := createVM(ctx, vclsFolder, pool, ds[0], name, "other3xLinux64Guest")
			task, err := vm.PowerOn(ctx)
			must(err, "powering on")
			must(task.Wait(ctx), "powering on")
			vcls++
		}
	}
	return templates, vcls
}

func moveInto(ctx context.Context, folder *object.Folder, refs []types.ManagedObjectReference) {
	if len(refs) == 0 {
		return
	}
	task, err := folder.MoveInto(ctx, refs)
	must(err, "moving VMs")
	must(task.Wait(ctx), "moving VMs")
}

func createVM(ctx context.Context, folder *object.Folder, pool *object.ResourcePool, ds *object.Datastore,
	name, guestID string) *object.VirtualMachine {
	spec := types.VirtualMachineConfigSpec{
		Name:     name,
		GuestId:  guestID,
		NumCPUs:  2,
		MemoryMB: 4096,
		Files:    &types.VirtualMachineFileInfo{VmPathName: "[" + ds.Name() + "]"},
	}
	var devices object.VirtualDeviceList
	nic, err := devices.CreateEthernetCard("vmxnet3", &types.VirtualEthernetCardNetworkBackingInfo{
		VirtualDeviceDeviceBackingInfo: types.VirtualDeviceDeviceBackingInfo{DeviceName: "VM Network"},
	})
	must(err, "NIC")
	devices = append(devices, nic)
	spec.DeviceChange, err = devices.ConfigSpec(types.VirtualDeviceConfigSpecOperationAdd)
	must(err, "device spec")
	task, err := folder.CreateVM(ctx, spec, pool, nil)
	must(err, "creating "+name)
	info, err := task.WaitForResult(ctx, nil)
	must(err, "creating "+name)
	return object.NewVirtualMachine(folder.Client(), info.Result.(types.ManagedObjectReference))
}

// contentLibrary creates a local library with templates through the (legacy) REST API, the way
// content-library templates exist in a real vCenter.
func contentLibrary(ctx context.Context, c *govmomi.Client, user, password string) int {
	rc := rest.NewClient(c.Client)
	must(rc.Login(ctx, url.UserPassword(user, password)), "REST login")
	defer func() { _ = rc.Logout(ctx) }()
	ds, err := find.NewFinder(c.Client, true).DatastoreList(ctx, "/DC0/datastore/*")
	must(err, "listing datastores")
	m := library.NewManager(rc)
	id, err := m.CreateLibrary(ctx, library.Library{
		Name:        "gpu-images",
		Description: "Golden images for GPU nodes",
		Type:        "LOCAL",
		Storage:     []library.StorageBackings{{DatastoreID: ds[0].Reference().Value, Type: "DATASTORE"}},
	})
	must(err, "creating a library")
	items := []library.Item{
		{Name: "ubuntu-22.04-cuda-12", Description: "Ubuntu 22.04 with CUDA 12.4", Type: "ovf"},
		{Name: "rhel-9-vllm", Description: "RHEL 9 with vLLM", Type: "vm-template"},
		{Name: "install-notes", Description: "not a template", Type: "iso"},
	}
	for _, item := range items {
		item.LibraryID = id
		_, err := m.CreateLibraryItem(ctx, item)
		must(err, "creating a library item")
	}
	return len(items)
}

// guestInfo gives the VMs what VMware Tools would report: every running VM with Tools gets one or
// two NICs with IPv4 and IPv6 addresses; every seventh has no Tools (and so no IPs); powered-off
// VMs and templates report nothing. Nothing in the API sets these, so the registry is updated
// directly (with the object's lock, which notifies the property collectors as a change would).
func guestInfo() {
	all := simulator.Map.All("VirtualMachine")
	sort.Slice(all, func(i, j int) bool { return all[i].Entity().Name < all[j].Entity().Name })
	for i, e := range all {
		vm := e.(*simulator.VirtualMachine)
		simulator.Map.WithLock(vm, func() {
			changes := guestChanges(i, &vm.VirtualMachine)
			simulator.Map.Update(vm, changes)
		})
	}
}

func guestChanges(i int, vm *mo.VirtualMachine) []types.PropertyChange {
	running := vm.Runtime.PowerState == types.VirtualMachinePowerStatePoweredOn
	template := vm.Config != nil && vm.Config.Template
	agent := strings.HasPrefix(vm.Name, "vCLS")
	if template || !running || (i%7 == 3 && !agent) {
		tools := types.VirtualMachineToolsStatusToolsNotRunning
		if i%7 == 3 && !template {
			tools = types.VirtualMachineToolsStatusToolsNotInstalled
		}
		return []types.PropertyChange{
			{Name: "guest.net", Val: []types.GuestNicInfo{}},
			{Name: "guest.ipAddress", Val: ""},
			{Name: "guest.toolsStatus", Val: tools},
			{Name: "guest.toolsRunningStatus", Val: string(types.VirtualMachineToolsRunningStatusGuestToolsNotRunning)},
		}
	}
	first := fmt.Sprintf("10.%d.%d.%d", 20+i/60000, (i/250)%250, 10+i%250)
	mac := "00:50:56:00:00:00"
	network := "VM Network"
	if len(vm.Guest.Net) > 0 {
		mac = vm.Guest.Net[0].MacAddress
		if vm.Guest.Net[0].Network != "" {
			network = vm.Guest.Net[0].Network
		}
	}
	nics := []types.GuestNicInfo{{
		Network:        network,
		IpAddress:      []string{first, fmt.Sprintf("fe80::250:56ff:fe%02x:%04x", i%256, i%65536)},
		MacAddress:     mac,
		Connected:      true,
		DeviceConfigId: 4000,
	}}
	if i%4 == 1 && !agent {
		// A second NIC on the storage network with two addresses (an alias), as GPU nodes often
		// have: several addresses per NIC and per VM.
		nics = append(nics, types.GuestNicInfo{
			Network:        "DVPG-storage",
			IpAddress:      []string{fmt.Sprintf("192.168.%d.%d", 100+(i/250)%100, 10+i%250), fmt.Sprintf("192.168.%d.%d", 200+(i/250)%50, 10+i%250)},
			MacAddress:     fmt.Sprintf("00:50:56:a1:%02x:%02x", (i/256)%256, i%256),
			Connected:      true,
			DeviceConfigId: 4001,
		})
	}
	guestName := "Ubuntu Linux (64-bit)"
	if agent {
		guestName = "Other 3.x or later Linux (64-bit)"
	}
	return []types.PropertyChange{
		{Name: "guest.net", Val: nics},
		{Name: "guest.ipAddress", Val: first},
		{Name: "guest.hostName", Val: strings.ToLower(strings.ReplaceAll(vm.Name, "_", "-"))},
		{Name: "guest.guestFullName", Val: guestName},
		{Name: "guest.toolsStatus", Val: types.VirtualMachineToolsStatusToolsOk},
		{Name: "guest.toolsRunningStatus", Val: string(types.VirtualMachineToolsRunningStatusGuestToolsRunning)},
	}
}
