#!/usr/bin/env bash
# Builds a Java 17 runtime base image without a Docker daemon or a registry, for air-gapped builds:
# debootstrap a minimal Debian bookworm with openjdk-17-jre-headless and pack it as a `docker save`
# tarball that Jib reads with -Djib.from.image=tar:///path/to/base.tar.
#
# Needs: root (debootstrap chroots), debootstrap, a Debian mirror (or a local one via MIRROR=...),
# sha256sum, python3. Usage: sudo deploy/image/build-base-image.sh [output.tar]
set -euo pipefail

OUT=$(realpath -m "${1:-target/base-image/bella-base-jre17.tar}")
SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
TAG=${TAG:-bella-base:${SUITE}-jre17}
# kept after a failure, so that a second run goes on without a second debootstrap
WORK="$OUT.work"
ROOT="$WORK/rootfs"

if [ ! -e "$ROOT/var/lib/dpkg/info/openjdk-17-jre-headless:amd64.list" ]; then
	rm -rf "$WORK"
	debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata \
		"$SUITE" "$ROOT" "$MIRROR"
fi

# What a runtime image does not need: package caches, docs, man pages, locales other than C.
rm -rf "$ROOT"/var/cache/apt/* "$ROOT"/var/lib/apt/lists/* "$ROOT"/usr/share/doc/* \
	"$ROOT"/usr/share/man/* "$ROOT"/usr/share/info/* "$ROOT"/var/log/* "$ROOT"/dev/*
find "$ROOT"/usr/share/locale -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} +
# The nonroot user Jib runs the application as (uid/gid 65532, as in distroless images).
if ! grep -q '^nonroot:' "$ROOT/etc/passwd"; then
	echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/usr/sbin/nologin' >>"$ROOT/etc/passwd"
	echo 'nonroot:x:65532:' >>"$ROOT/etc/group"
fi
install -d -o 65532 -g 65532 -m 0750 "$ROOT/home/nonroot"

# read inside the root file system: its links point into it, not into this machine's /usr
JAVA_HOME=$(cd "$ROOT" && ls -d usr/lib/jvm/java-17-openjdk-* | head -n 1)
JAVA_HOME=/$JAVA_HOME
JAVA_VERSION=$(chroot "$ROOT" dpkg-query -W -f='${Version}' openjdk-17-jre-headless)

IMG="$WORK/image"
rm -rf "$IMG"
mkdir -p "$IMG"
tar --numeric-owner --sort=name --mtime='@0' -C "$ROOT" -cf "$IMG/layer.tar" .
LAYER_SHA=$(sha256sum "$IMG/layer.tar" | cut -d' ' -f1)
mkdir "$IMG/$LAYER_SHA"
mv "$IMG/layer.tar" "$IMG/$LAYER_SHA/layer.tar"

python3 - "$IMG" "$LAYER_SHA" "$TAG" "$JAVA_HOME" "$JAVA_VERSION" "$SUITE" <<'PY'
import hashlib, json, sys
img, layer, tag, java_home, java_version, suite = sys.argv[1:]
config = {
    "architecture": "amd64",
    "os": "linux",
    "created": "1970-01-01T00:00:00Z",
    "config": {
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=" + java_home, "LANG=C.UTF-8"],
        "User": "65532:65532",
        "Labels": {"org.opencontainers.image.base.name": "debian:" + suite,
                   "org.opencontainers.image.description": "Debian " + suite + " with OpenJDK " + java_version}
    },
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + layer]},
    "history": [{"created": "1970-01-01T00:00:00Z",
                 "created_by": "deploy/image/build-base-image.sh (debootstrap " + suite + ", openjdk-17-jre-headless)"}]
}
data = json.dumps(config, separators=(",", ":")).encode()
digest = hashlib.sha256(data).hexdigest()
open(f"{img}/{digest}.json", "wb").write(data)
manifest = [{"Config": f"{digest}.json", "RepoTags": [tag], "Layers": [f"{layer}/layer.tar"]}]
open(f"{img}/manifest.json", "w").write(json.dumps(manifest))
print("config sha256:" + digest)
PY

mkdir -p "$(dirname "$OUT")"
(cd "$IMG" && tar --sort=name --mtime='@0' -cf "$OUT" -- *)
rm -rf "$WORK"
echo "base image $TAG ($JAVA_VERSION, $JAVA_HOME) written to $OUT ($(du -h "$OUT" | cut -f1))"
