# Builds the Windows installer of 决算公开助手 (run on Windows, from the repository's top folder, after
# `mvn -B -DskipTests package`):
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# -> target\installer\juesuan\ (app image) and target\installer\juesuan-<version>.msi
# Needs JDK 25 (JAVA_HOME) and WiX (3.14, or WiX 4/5 as the dotnet tool `wix` with the Util and UI extensions:
# see .github/workflows/windows-installer.yml). The MSI installs per user, without administrator rights.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
Set-Location $root
$jdk = $env:JAVA_HOME
if (-not $jdk -or -not (Test-Path (Join-Path $jdk 'bin\jpackage.exe'))) { throw 'build.ps1: JAVA_HOME must name a JDK 25 (with jpackage)' }
$jpackage = Join-Path $jdk 'bin\jpackage.exe'
$jar = 'target\juesuan.jar'
if (-not (Test-Path $jar)) { throw 'build.ps1: build first: mvn -B -DskipTests package' }

# jpackage wants a plain version (1.2.3): the project's version without -SNAPSHOT
[xml]$pom = Get-Content pom.xml -Encoding UTF8
$version = ($pom.project.version -replace '-.*$', '')

$out = 'target\installer'
$work = Join-Path $out 'work'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force (Join-Path $work 'input'), (Join-Path $work 'javafx') | Out-Null
Copy-Item $jar (Join-Path $work 'input')
# the start-up picture and its versions for 125/150/200 % display scaling (the launcher picks the one that fits)
Copy-Item 'installer\common\splash*.png' (Join-Path $work 'input')
foreach ($f in Get-ChildItem 'target\lib\*.jar') {
    if ($f.Name -like 'javafx-*-win.jar') { Copy-Item $f.FullName (Join-Path $work 'javafx') }
    elseif ($f.Name -notlike 'javafx-*') { Copy-Item $f.FullName (Join-Path $work 'input') }
}

# The Windows build keeps jpackage's command line in Latin letters: a runner's ANSI code page cannot carry Chinese
# through it (docs/INSTALL.md).
$names = @('--vendor', 'Juesuan', '--description', 'Juesuan: final-accounts disclosure (jue suan gong kai)')

Write-Host "build.ps1: app image $version"
& $jpackage '@installer/common/image.args' --type app-image --dest $out --app-version $version @names `
    --input (Join-Path $work 'input') --module-path (Join-Path $work 'javafx') --icon 'installer\windows\juesuan.ico' `
    --add-launcher 'juesuanc=installer\windows\console-launcher.properties'
if ($LASTEXITCODE -ne 0) { throw "build.ps1: jpackage (app image) failed: $LASTEXITCODE" }
$image = Join-Path $out 'juesuan'
$app = Join-Path $image 'app'
$runtimeBin = Join-Path $image 'runtime\bin'

# JavaFX's native libraries beside the runtime's own, where JavaFX looks first: nothing is unpacked into the user's
# profile at start
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($f in Get-ChildItem (Join-Path $work 'javafx\*.jar')) {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($f.FullName)
    try {
        foreach ($e in $zip.Entries | Where-Object { $_.Name -like '*.dll' }) {
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($e, (Join-Path $runtimeBin $e.Name), $true)
        }
    } finally { $zip.Dispose() }
}

# The start-up cache (JDK 25's ahead-of-time cache), trained inside the image: the installed program only reads it.
# Both launchers share the class path, so one cache serves the window and the command line.
$cfgs = @((Join-Path $app 'juesuan.cfg'), (Join-Path $app 'juesuanc.cfg'))
function Set-CacheOption([string]$cfg, [string[]]$options) {
    $lines = Get-Content $cfg -Encoding UTF8 | Where-Object { $_ -notmatch '-XX:AOTCache' -and $_ -notmatch '-Xlog:(aot|cds)' }
    $result = foreach ($l in $lines) { $l; if ($l -eq '[JavaOptions]') { foreach ($o in $options) { "java-options=$o" } } }
    # UTF-8 without a byte-order mark (Windows PowerShell's -Encoding UTF8 writes one, and the launcher reads the file as is)
    [System.IO.File]::WriteAllLines($cfg, [string[]]$result, (New-Object System.Text.UTF8Encoding $false))
}
Set-CacheOption $cfgs[0] @('-XX:AOTCacheOutput=$APPDIR\juesuan.aot')
$training = Join-Path ([System.IO.Path]::GetTempPath()) ("juesuan-training-" + [guid]::NewGuid())
New-Item -ItemType Directory $training | Out-Null
$env:JUESUAN_TRAINING = '1'
$p = Start-Process -FilePath (Join-Path $image 'juesuan.exe') -ArgumentList @('--db', (Join-Path $training 'training')) -PassThru
if (-not $p.WaitForExit(300000)) {
    # a machine whose desktop never shows the window: no cache from it (a killed run writes none)
    $p.Kill()
    Write-Host 'build.ps1: the window did not come up for the training run'
}
Remove-Item Env:\JUESUAN_TRAINING
if (-not (Test-Path (Join-Path $app 'juesuan.aot'))) {
    # no desktop to open the window on: train on the headless render through the console launcher
    Set-CacheOption $cfgs[0] @()
    Set-CacheOption $cfgs[1] @('-XX:AOTCacheOutput=$APPDIR\juesuan.aot')
    & (Join-Path $image 'juesuanc.exe') render --db (Join-Path $training 'training2') --unit 105 --year 2023 --format pdf --out (Join-Path $training 't.pdf')
}
Remove-Item -Recurse -Force $training
if (-not (Test-Path (Join-Path $app 'juesuan.aot'))) { throw 'build.ps1: the training run made no start-up cache' }
foreach ($cfg in $cfgs) { Set-CacheOption $cfg @('-XX:AOTCache=$APPDIR\juesuan.aot', '-Xlog:aot=off', '-Xlog:cds=off') }
$size = [math]::Round(((Get-ChildItem -Recurse $image | Measure-Object -Property Length -Sum).Sum / 1MB))
Write-Host "build.ps1: installed size $size MB"

Write-Host 'build.ps1: MSI'
# -J-Duser.language=zh: jpackage's own installer texts in Chinese (with resources\juesuan_zh_CN.wxl: culture zh-CN)
& $jpackage -J-Duser.language=zh -J-Duser.country=CN --type msi --app-image $image --dest $out --name juesuan `
    --app-version $version @names --icon 'installer\windows\juesuan.ico' `
    --win-per-user-install --win-menu --win-menu-group 'Juesuan' --win-shortcut `
    --win-upgrade-uuid '6f1d2c3a-8b4e-4f6a-9c1d-2e7b5a9f0c31' `
    --install-dir 'Programs\juesuan' `
    --file-associations 'installer\windows\jsgk.properties' --resource-dir 'installer\windows\resources'
if ($LASTEXITCODE -ne 0) { throw "build.ps1: jpackage (msi) failed: $LASTEXITCODE" }
Get-ChildItem (Join-Path $out '*.msi') | ForEach-Object { Write-Host ("build.ps1: {0} {1} MB" -f $_.Name, [math]::Round($_.Length / 1MB)) }
