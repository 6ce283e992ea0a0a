using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Host.Tests.MultiHost;

/// <summary>
/// Three real host processes on one SQLite data folder (WAL): claims and a quote's approvals go through all three, the
/// host running the Leads background work is killed mid-way, and the survivors finish the job. Leases are short here
/// (3 s) so a dead host's work and outbox rows move on within the test.
/// </summary>
[Collection(nameof(ThreeHostsTests))]
public sealed partial class ThreeHostsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string LeadsWorkLease = "SalesSuite.Leads.Background.LeadsWork";
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "salessuite-hosts", Guid.NewGuid().ToString("N"));
    private readonly List<HostProcess> _hosts = [];
    private readonly List<Session> _sessions = [];
    private SharedData _data = null!;

    private static Dictionary<string, string> Settings(bool migrate) => new()
    {
        ["Database__MigrateOnStartup"] = migrate ? "true" : "false",
        ["Demo__Seed"] = "true",
        ["Collections__DemoData"] = "false",
        ["Health__DemoData"] = "false",
        ["Stores__DemoData"] = "false",
        ["Goals__DemoData"] = "false",
        ["SignInThrottle__PermitPerMinute"] = "100000",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Outbox__PollInterval"] = "00:00:00.200",
        ["Outbox__FirstPassDelay"] = "00:00:00",
        ["Outbox__Lease"] = "00:00:03",
        ["Background__Lease"] = "00:00:03",
        ["Background__Intervals__LeadsWork"] = "00:00:01",
        ["Background__Intervals__QuoteMaintenanceWork"] = "00:00:01",
        ["Notifications__Delivery__BackgroundEnabled"] = "false",
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _data = new SharedData(_folder);
        var clock = Stopwatch.StartNew();
        // The first host migrates and seeds (a deployment runs migrations once, before the hosts); the others only serve.
        var first = HostProcess.Start("A", _folder, Settings(migrate: true));
        _hosts.Add(first);
        await first.WaitReadyAsync(TimeSpan.FromMinutes(4));
        _hosts.Add(HostProcess.Start("B", _folder, Settings(migrate: false)));
        _hosts.Add(HostProcess.Start("C", _folder, Settings(migrate: false)));
        await Task.WhenAll(_hosts.Skip(1).Select(h => h.WaitReadyAsync(TimeSpan.FromMinutes(3))));
        output.WriteLine($"three hosts ready after {clock.Elapsed.TotalSeconds:F1} s");
    }

    public async Task DisposeAsync()
    {
        _sessions.ForEach(s => s.Dispose());
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    [Fact]
    public async Task Given_three_hosts_on_one_database_When_one_dies_mid_way_Then_one_winner_per_claim_events_once_and_work_goes_on()
    {
        var watch = Stopwatch.StartNew();
        var since = Now();
        var sellers = new[] { "sales01", "sales02", "sales03" };
        var people = new Dictionary<string, Session>();
        for (var i = 0; i < sellers.Length; i++)
        {
            people[sellers[i]] = await SignedInAsync(sellers[i], _hosts[i]);
        }
        // A cookie issued by one host is accepted by the others (shared data-protection keys).
        foreach (var (session, host) in sellers.Select((s, i) => (people[s], _hosts[(i + 1) % 3])))
        {
            var page = await session.On(host).GetAsync("/Leads/Pool");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{session.UserName} signed in elsewhere got {(int)page.StatusCode} from {host.Name}");
        }
        await _data.ExecuteAsync("leads", "UPDATE Settings SET MaxOpenClaims = 1000");
        var pool = (await _data.QueryAsync("leads", "SELECT Id FROM Leads WHERE Status = 'Pool' ORDER BY CreatedAt LIMIT 6"))
            .Select(r => (string)r[0]!).ToList();
        Assert.Equal(6, pool.Count);

        // Round 1, all three hosts alive: each pool lead is claimed by three people on three hosts at once.
        var winners = new Dictionary<string, string>();
        foreach (var lead in pool.Take(3))
        {
            winners[lead] = await RaceAsync(lead, sellers.Select((s, i) => (people[s], _hosts[i])).ToList());
        }

        // A quote goes through its approval steps on different hosts; the first decision before the kill.
        var quote = await QuoteInApprovalAsync(people);
        await DecideNextStepAsync(quote, _hosts[2]);

        // Kill the host that runs the Leads background work right now (a crash: no lease handed back), mid-way.
        var victim = await LeadsWorkHolderAsync();
        victim.Kill();
        output.WriteLine($"killed {victim.Name} (pid {victim.ProcessId}) after {watch.Elapsed.TotalSeconds:F1} s");
        var survivors = _hosts.Where(h => h.Alive).ToList();
        Assert.Equal(2, survivors.Count);

        // Live board across hosts: a board on survivor 0 holds a stamp; a claim on survivor 1 makes that stamp stale.
        var watcher = people[sellers[0]].On(survivors[0]);
        var stamp = StampPattern().Match(await watcher.GetStringAsync("/Leads/Pool")).Groups[1].Value;

        // Round 2, on the survivors.
        foreach (var lead in pool.Skip(3))
        {
            winners[lead] = await RaceAsync(lead, sellers.Select((s, i) => (people[s], survivors[i % 2])).ToList());
        }
        var board = await watcher.HtmxGetAsync($"/Leads/Pool?handler=Board&stamp={stamp}");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        var fresh = StampPattern().Match(await board.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEqual(stamp.Split('.')[0], fresh.Split('.')[0]); // the board's database stamp moved, not only the minute
        for (var turn = 0; await DecideNextStepAsync(quote, survivors[turn % 2]); turn++)
        {
        }
        Assert.Equal("Approved", await QuoteStatusAsync(quote));

        // Background work goes on without the dead host: a claim past its deadline is released by a survivor.
        var (released, owner) = (pool[0], winners[pool[0]]);
        var ownerId = await UserIdAsync(owner);
        var bellBefore = await BellAsync(people[owner], survivors[1]);
        const string releasedNotes = "SELECT COUNT(*) FROM Notifications WHERE RecipientUserId = $u AND TextKey = 'Notify_LeadReleased'";
        var releasedBefore = await _data.ScalarAsync("platform", releasedNotes, ("$u", ownerId));
        await _data.ExecuteAsync("leads", "UPDATE Leads SET ReleaseDeadline = '2000-01-01 00:00:00' WHERE Id = $id", ("$id", released));
        await EventuallyAsync("the expired claim is released by a surviving host", async () =>
            (string?)(await _data.QueryAsync("leads", "SELECT Status FROM Leads WHERE Id = $id", ("$id", released)))[0][0] == "Pool");
        var holder = await LeadsWorkHolderAsync();
        Assert.Contains(holder, survivors);
        // The owner's bell on another survivor shows the release notification (the count is read from the database).
        await EventuallyAsync("the owner's bell counts the release", async () => await BellAsync(people[owner], survivors[1]) > bellBefore);

        // Every event is delivered: no outbox row left, none given up.
        await EventuallyAsync("every outbox is empty", async () =>
        {
            long pending = 0;
            foreach (var db in SharedData.Databases)
            {
                pending += await _data.ScalarAsync(db, "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL");
            }
            return pending == 0;
        });
        await AssertEveryEventReachedEachConsumerOnceAsync(since);
        Assert.Equal(releasedBefore + 1, await _data.ScalarAsync("platform", releasedNotes, ("$u", ownerId)));
        output.WriteLine($"done after {watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>A quote on a demo deal: created on host A, edited on B, submitted on C.</summary>
    private async Task<string> QuoteInApprovalAsync(Dictionary<string, Session> people)
    {
        List<object?[]> deals = [];
        await EventuallyAsync("Quotes knows the demo's deals", async () =>
        {
            deals = await _data.QueryAsync("quotes", """
                SELECT d.DealId, d.OwnerId FROM Deals d WHERE d.CanQuote = 1 ORDER BY d.DealId
                """);
            return deals.Count > 0;
        });
        var users = (await _data.QueryAsync("platform", "SELECT Id, UserName FROM AspNetUsers"))
            .ToDictionary(r => ((string)r[0]!).ToUpperInvariant(), r => (string)r[1]!);
        var (dealId, ownerName) = deals.Select(d => ((string)d[0]!, users.GetValueOrDefault(((string)d[1]!).ToUpperInvariant())))
            .First(d => d.Item2 is not null && d.Item2.StartsWith("sales", StringComparison.Ordinal));
        if (!people.TryGetValue(ownerName!, out var owner))
        {
            owner = people[ownerName!] = await SignedInAsync(ownerName!, _hosts[0]);
        }
        var created = await owner.On(_hosts[0]).PostFormAsync("/Quotes/New", new() { ["dealId"] = dealId }, "/Quotes/New");
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"New quote: {(int)created.StatusCode}");
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var saved = await owner.On(_hosts[1]).PostFormAsync($"/Quotes/Edit/{id}", new()
        {
            ["Form.Terms"] = "交货期 30 天",
            ["Form.Schedule"] = "预付款 30% 0\n发货款 60% 30\n验收款 10% 90",
            ["Form.ValidUntil"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Lines[0].ProductCode"] = "MD-PUMP-50",
            ["Form.Lines[0].Quantity"] = "2",
            ["Form.Lines[0].DiscountPercent"] = "0",
        }, $"/Quotes/Edit/{id}");
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"Edit quote: {(int)saved.StatusCode}");
        await owner.On(_hosts[2]).PostFormAsync($"/Quotes/Details/{id}?handler=Submit", new() { ["changeNote"] = "" }, $"/Quotes/Details/{id}");
        Assert.Equal("InApproval", await QuoteStatusAsync(id));
        return id;
    }

    private readonly Dictionary<string, Session> _approvers = [];

    /// <summary>Whoever holds the quote's active step approves it on <paramref name="host"/>; false when no step is open.</summary>
    private async Task<bool> DecideNextStepAsync(string quote, HostProcess host)
    {
        foreach (var name in new[] { "tech", "finance", "legal", "mgr.east", "mgr.north", "mgr.south", "director", "gm" })
        {
            if (!_approvers.TryGetValue(name, out var approver))
            {
                approver = _approvers[name] = await SignedInAsync(name, host);
            }
            var details = $"/Quotes/Details/{quote}";
            using var response = await approver.On(host).GetAsync(details);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue; // not this person's quote to see
            }
            var page = await response.Content.ReadAsStringAsync();
            var step = HiddenPattern("stepId").Match(page);
            if (!step.Success)
            {
                continue;
            }
            var decided = await approver.On(host).PostFormAsync($"{details}?handler=Decide", new()
            {
                ["stepId"] = step.Groups[1].Value,
                ["version"] = HiddenPattern("version").Match(page).Groups[1].Value,
                ["approve"] = "true",
                ["comment"] = "",
                ["customDevelopment"] = "false",
            }, details);
            Assert.True(decided.StatusCode == HttpStatusCode.Redirect, $"{name} deciding on {host.Name}: {(int)decided.StatusCode}");
            output.WriteLine($"{name} approved a step on {host.Name}");
            return true;
        }
        return false;
    }

    private async Task<string> QuoteStatusAsync(string id) =>
        (string)(await _data.QueryAsync("quotes", "SELECT Status FROM Quotes WHERE upper(Id) = upper($id)", ("$id", id)))[0][0]!;

    private static Regex HiddenPattern(string name) => new($"name=\"{name}\" value=\"([^\"]*)\"");

    private async Task<Session> SignedInAsync(string user, HostProcess host)
    {
        var session = new Session(user);
        _sessions.Add(session);
        await session.SignInAsync(host);
        return session;
    }

    /// <summary>Everyone claims the lead at the same moment, each on their host: exactly one 200, the rest 409, one owner.</summary>
    private async Task<string> RaceAsync(string lead, IReadOnlyList<(Session Who, HostProcess Where)> claimants)
    {
        var outcomes = await Task.WhenAll(claimants.Select(c => c.Who.ClaimAsync(c.Where, lead)));
        Assert.Equal(1, outcomes.Count(o => o == HttpStatusCode.OK));
        Assert.Equal(claimants.Count - 1, outcomes.Count(o => o == HttpStatusCode.Conflict));
        var winner = claimants[Array.IndexOf(outcomes, HttpStatusCode.OK)].Who.UserName;
        var row = (await _data.QueryAsync("leads", "SELECT Status, OwnerId FROM Leads WHERE Id = $id", ("$id", lead)))[0];
        Assert.Equal("Claimed", row[0]);
        Assert.Equal(await UserIdAsync(winner), (string)row[1]!, StringComparer.OrdinalIgnoreCase);
        return winner;
    }

    /// <summary>
    /// Each (event, consumer) has one inbox row, and each event of the scenario reached every consumer of its type (the
    /// consumers that recorded any event of that type).
    /// </summary>
    private async Task AssertEveryEventReachedEachConsumerOnceAsync(string since)
    {
        var events = new List<(string Id, string Type)>();
        var inbox = new List<(string EventId, string Consumer)>();
        foreach (var db in SharedData.Databases)
        {
            events.AddRange((await _data.QueryAsync(db, "SELECT Id, Type FROM OutboxMessages WHERE OccurredAt >= $since", ("$since", since)))
                .Select(r => (((string)r[0]!).ToUpperInvariant(), ((string)r[1]!).Split(',')[0])));
            inbox.AddRange((await _data.QueryAsync(db, "SELECT EventId, Consumer FROM InboxRecords"))
                .Select(r => (((string)r[0]!).ToUpperInvariant(), (string)r[1]!)));
        }
        Assert.NotEmpty(events);
        Assert.Empty(inbox.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key));
        var byEvent = inbox.ToLookup(r => r.EventId, r => r.Consumer);
        var missing = new List<string>();
        foreach (var type in events.GroupBy(e => e.Type))
        {
            var consumers = type.SelectMany(e => byEvent[e.Id]).ToHashSet();
            missing.AddRange(type.SelectMany(e => consumers.Except(byEvent[e.Id]).Select(c => $"{type.Key} {e.Id} -> {c}")));
        }
        Assert.Empty(missing);
        output.WriteLine($"{events.Count} events, {inbox.Count} inbox records");
    }

    private async Task<HostProcess> LeadsWorkHolderAsync()
    {
        string? holder = null;
        await EventuallyAsync("a host holds the Leads work's lease", async () =>
        {
            var rows = await _data.QueryAsync(
                "leads", "SELECT Holder FROM WorkLeases WHERE Name = $n AND Until > $now", ("$n", LeadsWorkLease), ("$now", Now()));
            holder = rows.Count == 1 ? (string)rows[0][0]! : null;
            return holder is not null;
        });
        var pid = int.Parse(holder!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        return _hosts.Single(h => h.ProcessId == pid);
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> UserIdAsync(string userName) =>
        (string)(await _data.QueryAsync("platform", "SELECT Id FROM AspNetUsers WHERE UserName = $u", ("$u", userName)))[0][0]!;

    private static async Task<int> BellAsync(Session session, HostProcess host)
    {
        var html = await session.On(host).GetStringAsync("/Notifications?handler=Count");
        return int.Parse(CountPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task EventuallyAsync(string what, Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > Bounded)
            {
                var logs = string.Join("\n", _hosts.Select(h => $"--- {h.Name}\n{h.Log}"));
                Assert.Fail($"Not within {Bounded.TotalSeconds} s: {what}\n{logs}");
            }
            await Task.Delay(100);
        }
    }

    [GeneratedRegex("id=\"pool-stamp\" name=\"stamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();

    [GeneratedRegex("data-count=\"(\\d+)\"")]
    private static partial Regex CountPattern();
}
