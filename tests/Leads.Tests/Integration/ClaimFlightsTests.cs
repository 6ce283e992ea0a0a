using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// Simultaneous claims of one lead on one host join the claim in progress (<see cref="ClaimFlights"/>): the joiners of a
/// claim that won are refused without a database round trip; a claim refused for its claimant's own limit, or one that
/// failed, does not refuse them; the stragglers of a race are refused for <see cref="ClaimFlights.SettleWindow"/> after it
/// without a database round trip; and a lead released after such a race can be claimed again at once.
/// </summary>
public sealed class ClaimFlightsTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>, IAsyncLifetime
{
    private const string LostZh = "该线索刚刚已被其他人领取";
    private const string LostEn = "Someone else claimed this lead a moment before you";

    public Task InitializeAsync() => factory.InScopeAsync(async sp =>
    {
        // The race's claimants must not meet the claim limit (that is another refusal).
        var db = sp.GetRequiredService<LeadsDbContext>();
        var settings = await db.Settings.SingleAsync();
        settings.Change(settings.ClaimWindowMinutes, maxOpenClaims: LeadsSettings.MaxOpenClaimsRange.Max, settings.EscalationHours);
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_twelve_people_When_they_claim_one_lead_at_once_over_htmx_Then_one_wins_and_each_loser_gets_409_in_their_language()
    {
        var lead = await PoolLeadAsync(0);
        var people = new List<(string Name, string Culture, HttpClient Client, string Token)>();
        foreach (var (name, culture) in new[]
        {
            ("sales01", "zh-CN"), ("sales02", "zh-CN"), ("sales03", "zh-CN"), ("sales04", "zh-CN"), ("sales05", "zh-CN"),
            ("sales06", "zh-CN"), ("sales07", "en"), ("sales08", "en"), ("sales09", "en"), ("mgr.east", "en"),
            ("sales01", "en"), ("sales02", "en"),
        })
        {
            var client = await factory.SignInAsync(name, culture);
            people.Add((name, culture, client, SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/Pool"))));
        }

        using var start = new ManualResetEventSlim(false);
        var attempts = people.Select(p => Task.Run(async () =>
        {
            start.Wait();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/Leads/Pool?handler=Claim&id={lead}")
            {
                Content = new FormUrlEncodedContent([]),
            };
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("RequestVerificationToken", p.Token);
            var response = await p.Client.SendAsync(request);
            return (p.Name, p.Culture, response.StatusCode, Body: await response.Content.ReadAsStringAsync(),
                Trigger: response.Headers.TryGetValues("HX-Trigger", out var t) ? string.Join(",", t) : "");
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, o => o.StatusCode == HttpStatusCode.OK);
        var losers = outcomes.Where(o => o.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(11, losers.Count);
        Assert.All(losers, o =>
        {
            Assert.Equal(HttpStatusCode.Conflict, o.StatusCode);
            Assert.Contains(o.Culture == "en" ? LostEn : LostZh, o.Body);
            Assert.Contains("boardChanged", o.Trigger);
        });
        var row = await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == lead));
        Assert.Equal((LeadStatus.Claimed, (Guid?)await factory.UserIdAsync(winner.Name)), (row.Status, row.OwnerId));
        var events = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("LeadClaimed")).Select(o => o.Payload).ToListAsync());
        Assert.Single(events, p => p.Contains(lead.ToString(), StringComparison.OrdinalIgnoreCase));

        // Released after the race, the lead can be claimed again at once, by one who lost.
        var owner = people.First(p => p.Name == winner.Name && p.Culture == winner.Culture).Client;
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync($"/Leads/Leads?handler=Release&id={lead}", [], "/Leads/Leads")).StatusCode);
        var loser = people.First(p => p.Name != winner.Name);
        var again = await loser.Client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={lead}", [], "/Leads/Pool");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await factory.UserIdAsync(loser.Name), (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == lead))).OwnerId);
    }

    [Fact]
    public async Task Given_a_claim_in_progress_When_another_claim_of_the_lead_arrives_and_that_claim_wins_Then_it_loses_without_a_database_claim()
    {
        var lead = await PoolLeadAsync(1);
        var running = new TaskCompletionSource<ClaimOutcome>();
        var first = Flights.RunAsync(lead, () => running.Task, CancellationToken.None);

        await using var scope = factory.Services.CreateAsyncScope();
        // RunAsync joins synchronously (before its first await), so it waits on the claim in progress from here on.
        var sales03 = await factory.UserIdAsync("sales03");
        var joined = Through(scope, lead, sales03);
        Assert.False(joined.IsCompleted);
        running.SetResult(ClaimOutcome.Claimed);

        Assert.Equal(ClaimOutcome.Claimed, await first);
        Assert.Equal(ClaimOutcome.AlreadyTaken, await joined);
        // The stand-in claim wrote nothing: the joiner did not claim in the database either.
        Assert.Equal(LeadStatus.Pool, await factory.QueryAsync(db => db.Leads.Where(l => l.Id == lead).Select(l => l.Status).SingleAsync()));

        // That claim finished, but the lead is settled as taken for a moment: a straggler of the race is refused at once.
        var sales04 = await factory.UserIdAsync("sales04");
        Assert.Equal(ClaimOutcome.AlreadyTaken, await ClaimAsync(lead, sales04));
        Assert.Equal(LeadStatus.Pool, await factory.QueryAsync(db => db.Leads.Where(l => l.Id == lead).Select(l => l.Status).SingleAsync()));

        // Once the window has passed, the next claim reads the database again.
        factory.Clock.Advance(ClaimFlights.SettleWindow);
        Assert.Equal(ClaimOutcome.Claimed, await ClaimAsync(lead, sales04));
        Assert.Equal(sales04, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == lead))).OwnerId);
    }

    [Fact]
    public async Task Given_a_lead_just_claimed_When_it_is_released_on_this_host_Then_a_claim_reads_the_database_at_once()
    {
        var lead = await PoolLeadAsync(4);
        var sales06 = await factory.UserIdAsync("sales06");
        Assert.Equal(ClaimOutcome.Claimed, await ClaimAsync(lead, sales06));
        var sales07 = await factory.UserIdAsync("sales07");
        Assert.Equal(ClaimOutcome.AlreadyTaken, await ClaimAsync(lead, sales07));

        // Its claim window ends now (set in the database: the clock stays, so the settle window has not passed) and the
        // auto-release releases it on this host.
        await factory.QueryAsync(db => db.Leads.Where(l => l.Id == lead)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ReleaseDeadline, factory.Clock.GetCurrentInstant())));
        await factory.InScopeAsync(sp => sp.GetRequiredService<LeadCommands>().ReleaseExpiredAsync(CancellationToken.None));

        Assert.Equal(ClaimOutcome.Claimed, await ClaimAsync(lead, sales07));
        Assert.Equal(sales07, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == lead))).OwnerId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_a_claim_in_progress_When_it_meets_its_own_limit_or_fails_Then_the_claim_that_joined_it_claims_on_its_own(bool fails)
    {
        var lead = await PoolLeadAsync(fails ? 2 : 3);
        var running = new TaskCompletionSource<ClaimOutcome>();
        var first = Flights.RunAsync(lead, () => running.Task, CancellationToken.None);

        var sales05 = await factory.UserIdAsync("sales05");
        await using var scope = factory.Services.CreateAsyncScope();
        var joined = Through(scope, lead, sales05);
        Assert.False(joined.IsCompleted);
        if (fails)
        {
            running.SetException(new TimeoutException("database busy"));
            await Assert.ThrowsAsync<TimeoutException>(() => first);
        }
        else
        {
            running.SetResult(ClaimOutcome.LimitReached);
            Assert.Equal(ClaimOutcome.LimitReached, await first);
        }

        Assert.Equal(ClaimOutcome.Claimed, await joined);
        Assert.Equal(sales05, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == lead))).OwnerId);
    }

    [Fact]
    public async Task Given_a_source_filter_When_the_pool_page_or_its_board_is_read_Then_only_leads_of_that_source_are_shown()
    {
        var sources = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.Status == LeadStatus.Pool).Select(l => l.Source).Distinct().OrderBy(s => s).ToListAsync());
        Assert.True(sources.Count >= 2, "the demo pool has leads of two sources at least");
        var (wanted, other) = (sources[0], sources[1]);
        var client = await factory.SignInAsync("sales01");

        var page = await client.GetStringAsync($"/Leads/Pool?Source={Uri.EscapeDataString(wanted)}");
        var board = await (await client.HtmxGetAsync($"/Leads/Pool?handler=Board&Source={Uri.EscapeDataString(wanted)}")).Content.ReadAsStringAsync();

        Assert.Contains($"<option value=\"{wanted}\" selected=\"selected\">", page);
        foreach (var html in new[] { page, board })
        {
            var rows = html.Split("data-testid=\"pool-lead\"").Length - 1;
            Assert.True(rows > 0);
            Assert.Equal(rows, html.Split($"<span class=\"tag\">{wanted}</span>").Length - 1);
            Assert.DoesNotContain($"<span class=\"tag\">{other}</span>", html);
        }
    }

    private ClaimFlights Flights => factory.Services.GetRequiredService<ClaimFlights>();

    private Task<Guid> PoolLeadAsync(int skip) => factory.QueryAsync(db =>
        db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderBy(l => l.CreatedAt).Skip(skip).Select(l => l.Id).FirstAsync());

    /// <summary>A claim as the pool page makes it: through the flights, with the scope's LeadCommands when it runs.</summary>
    private Task<ClaimOutcome> Through(AsyncServiceScope scope, Guid lead, Guid user) => Flights.RunAsync(
        lead, () => scope.ServiceProvider.GetRequiredService<LeadCommands>().ClaimAsync(lead, user, CancellationToken.None), CancellationToken.None);

    private async Task<ClaimOutcome> ClaimAsync(Guid lead, Guid user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await Through(scope, lead, user);
    }
}
