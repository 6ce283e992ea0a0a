using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Bench;

/// <summary>The real host (in-memory server, real SQLite files) with 100k extra leads: board fragment, full page and claim over HTTP.</summary>
internal static class HttpBench
{
    public static async Task RunAsync(int leadCount)
    {
        // WebApplicationFactory finds the host's content root through the manifest next to this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await using var factory = new AppFactory();
        var client = await factory.SignInAsync("sales01");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataFolder"] = factory.DataFolder,
        }).Build();
        await BenchData.InsertLeadsAsync(configuration, factory.DataFolder, leadCount);
        var poolIds = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            // Far above the range a director may set (LeadsSettings.Change): the bench claims hundreds of leads as one person.
            await db.Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.MaxOpenClaims, 100_000));
            return await db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderBy(l => l.CreatedAt).Select(l => l.Id).Take(500).ToListAsync();
        });
        await Measure.RunAsync("HTTP board fragment (htmx poll)", 200, () => GetAsync(client, "/Leads/Pool?handler=Board", htmx: true));
        await Measure.RunAsync(
            "HTTP board fragment, filtered", 200, () => GetAsync(client, "/Leads/Pool?handler=Board&Source=展会扫码&Industry=化工", htmx: true));
        await Measure.RunAsync("HTTP full pool page", 100, () => GetAsync(client, "/Leads/Pool", htmx: false));
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/Pool"));
        var next = 0;
        await Measure.RunAsync("HTTP claim (htmx POST)", 300, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/Leads/Pool?handler=Claim&id={poolIds[next++]}")
            {
                Content = new FormUrlEncodedContent([]),
            };
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("RequestVerificationToken", token);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return response.StatusCode;
        });
        var claimed = await factory.InScopeAsync(sp => sp.GetRequiredService<LeadsDbContext>().Leads.CountAsync(l => l.Status == LeadStatus.Claimed));
        Console.WriteLine($"check: {claimed} leads now claimed (300 timed + 5 warm-up + demo claims)");
    }

    private static async Task<int> GetAsync(HttpClient client, string url, bool htmx)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync()).Length;
    }
}
