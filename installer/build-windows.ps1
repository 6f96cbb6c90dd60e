# Builds ATR's Windows installer (.msi, per-user) and portable .zip. Run on Windows 10/11 x64 in
# PowerShell from the repository root:  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs JDK 17 (jlink, jpackage on PATH), Maven 3.9 and WiX Toolset 3.14 (candle.exe, light.exe on PATH).
# NOT built or run on the project's Linux machines: see installer/README.md.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$Root = (Get-Location).Path
[xml]$Pom = Get-Content pom.xml
$Version = $Pom.project.version
$Work = Join-Path $Root 'target\pkg-win'
$Out = Join-Path $Root 'target\installer-win'
$Name = 'Báo cáo PCMBN'
# Fixed for ever: a newer .msi with the same upgrade code replaces the installed one (data stays in %APPDATA%\ATR).
$UpgradeUuid = 'f9094c94-de19-442d-8194-f49432e50f3b'
function Run($exe, [string[]]$argv) { & $exe @argv; if ($LASTEXITCODE -ne 0) { throw "$exe failed ($LASTEXITCODE)" } }

# Maven picks the JavaFX 'win' classifier by itself on Windows (the org.openjfx parent pom sets
# javafx.platform from the OS); -Djavafx.platform=win makes it explicit.
Run mvn @('-B', '-q', '-Djavafx.platform=win', 'package', '-DskipTests')
Remove-Item -Recurse -Force $Work, $Out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Work\fx", "$Work\app", $Out | Out-Null
Run mvn @('-B', '-q', '-Djavafx.platform=win', 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
    '-DincludeScope=runtime', "-DoutputDirectory=$Work\deps")
Move-Item "$Work\deps\javafx-*-win.jar" "$Work\fx"
Remove-Item "$Work\deps\javafx-*.jar"
Move-Item "$Work\deps\*.jar" "$Work\app"
Copy-Item "target\atr-$Version.jar" "$Work\app"
# Aalto parses workbooks by name; without its StAX service files FXMLLoader keeps the JDK's parser (ADR 0186).
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
$aalto = [IO.Compression.ZipFile]::Open((Get-ChildItem "$Work\app\aalto-xml-*.jar").FullName, 'Update')
@($aalto.Entries | Where-Object { $_.FullName -like 'META-INF/services/*' }) | ForEach-Object { $_.Delete() }
$aalto.Dispose()

# Same modules as installer/build-linux.sh; JavaFX's DLLs go to the runtime's bin folder instead of
# being extracted to the user's home at run time (docs/decisions/0060-packaging.md).
$Modules = 'java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,' +
    'java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.localedata,jdk.crypto.ec,jdk.unsupported,' +
    'jdk.zipfs,jdk.charsets,javafx.controls,javafx.fxml,javafx.swing'
Run jlink @('--module-path', "$Work\fx", '--add-modules', $Modules, '--include-locales=vi,en',
    '--exclude-resources=glob:/javafx.*/*.dll', '--strip-debug', '--no-header-files', '--no-man-pages',
    '--compress=2', '--output', "$Work\runtime")
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in Get-ChildItem "$Work\fx\*.jar") {
    $zip = [IO.Compression.ZipFile]::OpenRead($jar.FullName)
    foreach ($e in $zip.Entries | Where-Object { $_.FullName -like '*.dll' -and $_.FullName -notlike '*/*' }) {
        [IO.Compression.ZipFileExtensions]::ExtractToFile($e, "$Work\runtime\bin\$($e.Name)", $true)
    }
    $zip.Dispose()
}
# Base CDS archive of the runtime (the per-user install path differs per user, so no app archive on Windows).
Run "$Work\runtime\bin\java.exe" @('-Xshare:dump')

$Common = @('--name', $Name, '--app-version', $Version, '--vendor', 'ATR project',
    '--description', 'Báo cáo công tác phòng, chống mua bán người (ATR)', '--copyright', 'ATR project')
Run jpackage ($Common + @('--type', 'app-image', '--dest', $Out, '--input', "$Work\app",
    '--main-jar', "atr-$Version.jar", '--main-class', 'vn.atr.Launcher', '--runtime-image', "$Work\runtime",
    '--java-options', '-XX:TieredStopAtLevel=1', # C1 only: faster start and short jobs (ADR 0061)
    '--add-launcher', "atr=$Root\installer\windows\atr-cli.properties"))
$AppImage = Join-Path $Out $Name

Run jpackage ($Common + @('--type', 'msi', '--dest', $Out, '--app-image', $AppImage,
    '--win-per-user-install', '--win-menu', '--win-menu-group', 'ATR', '--win-shortcut', '--win-dir-chooser',
    '--win-upgrade-uuid', $UpgradeUuid))
Compress-Archive -Path $AppImage -DestinationPath (Join-Path $Out "ATR-$Version-windows-portable.zip") -Force
Get-ChildItem $Out -File | Format-Table Name, Length
