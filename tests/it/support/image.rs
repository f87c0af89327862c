//! The bot started the way its container image starts it (`Dockerfile`), without a container
//! engine (none runs here): the binary at `/usr/local/bin/heo-bot` in a root file system that
//! is read-only but for `/data`, as the image's user 65532, working in `/data`, with the
//! image's environment. A private mount namespace (util-linux `unshare`) gets a tmpfs root
//! holding only what the distroless image holds too (the system libraries, `/etc`, `/dev`,
//! `/proc`), the binary and the data folder; `setpriv` then drops to the image's user.

use std::path::Path;
use std::process::Command;

/// `USER` in the Dockerfile (distroless's `nonroot`).
pub const IMAGE_UID: u32 = 65532;

/// `ENV` in the Dockerfile, but for `METRICS_ADDR` (a test picks a free port).
pub const IMAGE_ENV: [(&str, &str); 1] = [("DATABASE_URL", "sqlite:///data/heo-bot.db")];

/// Builds the image's file system under `$4` and runs `$1` there, in the mount namespace
/// `unshare` made for it, so nothing of it is seen outside or outlives the bot.
const LAUNCH: &str = r#"
set -eu
binary=$1 data=$2 uid=$3 root=$4
mount -t tmpfs -o mode=0755 heo-bot-image "$root"
mkdir -p "$root/usr/lib" "$root/usr/bin" "$root/usr/local/bin" "$root/etc" "$root/data" \
    "$root/proc" "$root/dev"
ln -s usr/lib "$root/lib"
mount --rbind /usr/lib "$root/usr/lib"
if [ -d /usr/lib64 ]; then
    mkdir "$root/usr/lib64"
    ln -s usr/lib64 "$root/lib64"
    mount --rbind /usr/lib64 "$root/usr/lib64"
fi
mount --bind /etc "$root/etc"
mount --rbind /dev "$root/dev"
mount -t proc proc "$root/proc"
touch "$root/usr/local/bin/heo-bot" "$root/usr/bin/setpriv"
mount --bind "$binary" "$root/usr/local/bin/heo-bot"
mount --bind "$(command -v setpriv)" "$root/usr/bin/setpriv"
mount --bind "$data" "$root/data"
for path in usr/lib usr/lib64 etc usr/local/bin/heo-bot usr/bin/setpriv; do
    if [ -e "$root/$path" ]; then mount -o remount,bind,ro "$root/$path"; fi
done
mount -o remount,ro "$root"
exec unshare --root="$root" --wd=/data /usr/bin/setpriv --reuid="$uid" --regid="$uid" \
    --clear-groups --no-new-privs /usr/local/bin/heo-bot
"#;

/// Why the image's start cannot be reproduced here, if it cannot: it needs root (to make
/// the mounts), as in CI.
pub fn unavailable() -> Option<String> {
    let probe = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "true"])
        .output();
    match probe {
        Ok(out) if out.status.success() => None,
        Ok(out) => Some(format!(
            "`unshare --mount` failed (it needs root): {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(error) => Some(format!("util-linux `unshare` could not run: {error}")),
    }
}

/// The command that starts `binary` as the image does, keeping what it writes in `data`
/// (owned by [`IMAGE_UID`]) and building the image's root in the empty folder `root`, with
/// the environment `vars` on top of [`IMAGE_ENV`].
pub fn command(binary: &Path, data: &Path, root: &Path, vars: &[(&str, &str)]) -> Command {
    let mut command = Command::new("unshare");
    command
        .args([
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            LAUNCH,
            "sh",
        ])
        .arg(binary)
        .arg(data)
        .arg(IMAGE_UID.to_string())
        .arg(root)
        .env_clear()
        .envs(IMAGE_ENV)
        .envs(vars.iter().copied());
    command
}
