using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace SalesSuite.Leads.Bench;

/// <summary>The Release host as its own process on a loopback port (fresh SQLite folder, demo data, environment "Testing").</summary>
internal sealed partial class LiveHost : IAsyncDisposable
{
    private readonly Process _process;

    private LiveHost(Process process, string baseUrl, string dataFolder)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataFolder = dataFolder;
    }

    public string BaseUrl { get; }
    public string DataFolder { get; }

    /// <summary>CPU time the host process has used so far (user + system, all threads).</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<LiveHost> StartAsync(int port)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SalesSuite.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("SalesSuite.sln not found above the bench.");
        }
        var dll = Path.Combine(root, "Host", "bin", "Release", "net10.0", "SalesSuite.Host.dll");
        var data = Path.Combine(Path.GetTempPath(), "salessuite-live-bench", Guid.NewGuid().ToString("N"));
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--urls", baseUrl, "--contentRoot", Path.Combine(root, "Host") })
        {
            start.ArgumentList.Add(a);
        }
        // "Testing": Production behaviour but the demo seed and cookies over plain http on loopback (DemoSeedPolicy).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__DataFolder"] = data;
        start.Environment["Demo__Seed"] = "true";
        start.Environment["SignInThrottle__PermitPerMinute"] = "1000"; // 14 sign-ins from one address in a few seconds
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // The host's log (warnings and errors) goes next to the bench's temp folders, for a failed run.
        var log = new StreamWriter(Path.Combine(Path.GetTempPath(), "salessuite-live-bench-host.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient();
        for (var i = 0; i < 720; i++)
        {
            try
            {
                if ((await probe.GetAsync(baseUrl + "/healthz")).IsSuccessStatusCode)
                {
                    return new LiveHost(process, baseUrl, data);
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The host did not answer /healthz within 6 minutes (a busy machine: migrations and the demo seed).");
    }

    /// <summary>A cookie session signed in through the login form, with the antiforgery header set for htmx posts.</summary>
    public async Task<HttpClient> SignInAsync(string user, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = connections,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user, ["Input.Password"] = "Demo@2026", ["__RequestVerificationToken"] = Token(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {user} failed ({(int)response.StatusCode}).");
        }
        client.DefaultRequestHeaders.Add("RequestVerificationToken", Token(await client.GetStringAsync("/Leads/Deals")));
        client.DefaultRequestHeaders.Add("HX-Request", "true");
        return client;
    }

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
