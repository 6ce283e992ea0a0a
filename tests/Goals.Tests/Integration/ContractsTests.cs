using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed class ContractsTests : IClassFixture<AppFactory>
{
    private const string Quarter = "2026-Q4";
    private static readonly GoalPeriod Q4 = GoalPeriod.Parse(Quarter)!.Value;
    private readonly AppFactory _app;

    public ContractsTests(AppFactory app) => _app = app;

    private static Dictionary<string, string> TypeForm(string code, string eventType, string? value = null, int version = 0) => new()
    {
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Code"] = code,
        ["Input.NameZh"] = "处理异议拜访",
        ["Input.NameEn"] = "Objection visit",
        ["Input.EventType"] = eventType,
        ["Input.Value"] = value ?? "",
        ["Input.CreditTo"] = "Owner",
        ["Input.MinAttachments"] = "0",
        ["Input.Active"] = "true",
    };

    private Task<KeyActionType?> TypeAsync(string code) =>
        _app.GoalsAsync(db => db.ActionTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code));

    private Task ContractAsync(Guid userId, GoalPeriod period, params ContractLine[] lines) =>
        _app.GoalsAsync(db =>
        {
            var contract = new ActionContract(Guid.NewGuid(), userId, period, AppFactory.DefaultNow);
            contract.SetLines(lines);
            db.Contracts.Add(contract);
            return Task.CompletedTask;
        });

    [Fact]
    public async Task Given_a_standard_that_misses_the_evidence_When_changed_Then_matches_are_rederived_and_the_contract_completes_once()
    {
        var admin = await _app.SignInAsync("admin", "en");
        const string edit = "/Goals/Config/ActionTypes/Edit";
        var created = await admin.PostFormAsync(edit, TypeForm("t-objection", EvidenceCatalog.FollowUpLogged, "CloseSigning"), edit);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var type = (await TypeAsync("t-objection"))!;
        var sales = await _app.UserIdAsync("sales06");
        await ContractAsync(sales, Q4, new ContractLine(type.Id, 2, LineSource.Commitment));
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "HandleObjection"));
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "HandleObjection"));
        Assert.Equal(0, await _app.GoalsAsync(db => db.Matches.CountAsync(m => m.ActionTypeId == type.Id)));

        var url = $"{edit}?id={type.Id}";
        var form = TypeForm("t-objection", EvidenceCatalog.FollowUpLogged, "HandleObjection", type.Version);
        var changed = await admin.PostFormAsync(url, form, url);
        var again = await admin.PostFormAsync(url, TypeForm("t-objection", EvidenceCatalog.FollowUpLogged, "HandleObjection", type.Version + 1), url);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, await _app.GoalsAsync(db => db.Matches.CountAsync(m => m.ActionTypeId == type.Id && m.UserId == sales)));
        var contract = await _app.GoalsAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.UserId == sales && c.PeriodStart == Q4.Start));
        Assert.NotNull(contract.CompletedAt);
        Assert.Single(await _app.PublishedAsync("ActionContractCompleted"), p => p.Contains(contract.Id.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NoSuchEvent", null, "Unknown event type")]
    [InlineData(EvidenceCatalog.FollowUpLogged, "Dancing", "is not a value of this event")]
    [InlineData(EvidenceCatalog.QuoteSubmitted, "x", "has no value to require")]
    public async Task Given_a_tampered_standard_When_posted_Then_422_with_the_message_and_nothing_saved(
        string eventType, string? value, string message)
    {
        var admin = await _app.SignInAsync("admin", "en");
        const string edit = "/Goals/Config/ActionTypes/Edit";
        var code = "bad-" + Guid.NewGuid().ToString("N")[..8];

        var response = await admin.PostFormAsync(edit, TypeForm(code, eventType, value), edit);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await TypeAsync(code));
    }

    [Fact]
    public async Task Given_an_action_type_changed_meanwhile_When_an_old_form_is_posted_Then_409_and_it_keeps_the_newer_name()
    {
        var admin = await _app.SignInAsync("director", "en");
        var id = DefaultActionTypes.IdOf(KeyActionType.QuoteSubmitted);
        var url = $"/Goals/Config/ActionTypes/Edit?id={id}";
        var version = (await _app.GoalsAsync(db => db.ActionTypes.AsNoTracking().SingleAsync(t => t.Id == id))).Version;
        var first = TypeForm(KeyActionType.QuoteSubmitted, EvidenceCatalog.QuoteSubmitted, version: version);
        first["Input.NameEn"] = "Quote sent";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, first, url)).StatusCode);

        var stale = TypeForm(KeyActionType.QuoteSubmitted, EvidenceCatalog.QuoteSubmitted, version: version);
        stale["Input.NameEn"] = "Stale name";
        var response = await admin.PostFormAsync(url, stale, url);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Quote sent", (await _app.GoalsAsync(db => db.ActionTypes.AsNoTracking().SingleAsync(t => t.Id == id))).NameEn);
    }

    [Fact]
    public async Task Given_a_regional_manager_When_committing_for_self_and_a_salesperson_Then_commitment_lines_are_saved()
    {
        var manager = await _app.SignInAsync("mgr.east", "en");
        var mgr = await _app.UserIdAsync("mgr.east");
        var sales = await _app.UserIdAsync("sales02");
        var meeting = DefaultActionTypes.IdOf(KeyActionType.StoreMeeting);
        var review = DefaultActionTypes.IdOf(KeyActionType.ProfileReview);
        var own = $"/Goals/Contracts/Edit?userId={mgr}&period={Quarter}";
        var theirs = $"/Goals/Contracts/Edit?userId={sales}&period={Quarter}";

        var a = await manager.PostFormAsync(own, new()
        {
            ["Input.Version"] = "0", ["Input.Lines[0].ActionTypeId"] = meeting.ToString(), ["Input.Lines[0].Quantity"] = "2",
            ["Input.Lines[1].ActionTypeId"] = review.ToString(), ["Input.Lines[1].Quantity"] = "10", ["Input.Lines[2].ActionTypeId"] = "",
        }, own);
        var b = await manager.PostFormAsync(theirs, new()
        {
            ["Input.Version"] = "0", ["Input.Lines[0].ActionTypeId"] = review.ToString(), ["Input.Lines[0].Quantity"] = "3",
        }, theirs);

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, b.StatusCode);
        var mine = await _app.GoalsAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.UserId == mgr && c.PeriodStart == Q4.Start));
        Assert.Equal(12, mine.Lines.Where(l => l.Source == LineSource.Commitment).Sum(l => l.Quantity));
        var salesContract = await _app.GoalsAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.UserId == sales && c.PeriodStart == Q4.Start));
        Assert.Equal(3, Assert.Single(salesContract.Lines).Quantity);
        var page = await manager.GetStringAsync($"/Goals/Contracts?userId={mgr}&period={Quarter}");
        Assert.Contains("Store morning meeting", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_commitment_When_a_salesperson_lowers_it_or_the_quantity_is_absurd_Then_422_and_it_stays()
    {
        var sales = await _app.UserIdAsync("sales03");
        var review = DefaultActionTypes.IdOf(KeyActionType.ProfileReview);
        await ContractAsync(sales, Q4, new ContractLine(review, 5, LineSource.Commitment));
        var client = await _app.SignInAsync("sales03", "en");
        var url = $"/Goals/Contracts/Edit?userId={sales}&period={Quarter}";

        var lowered = await client.PostFormAsync(url, new()
        {
            ["Input.Version"] = "0", ["Input.Lines[0].ActionTypeId"] = review.ToString(), ["Input.Lines[0].Quantity"] = "1",
        }, url);
        var absurd = await client.PostFormAsync(url, new()
        {
            ["Input.Version"] = "0", ["Input.Lines[0].ActionTypeId"] = review.ToString(), ["Input.Lines[0].Quantity"] = "10001",
        }, url);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, lowered.StatusCode);
        Assert.Contains("Only a manager may remove or lower", await lowered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, absurd.StatusCode);
        var contract = await _app.GoalsAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.UserId == sales && c.PeriodStart == Q4.Start));
        Assert.Equal(5, Assert.Single(contract.Lines).Quantity);
    }

    [Fact]
    public async Task Given_a_contract_shown_When_the_manager_saved_meanwhile_Then_the_old_form_gets_409()
    {
        var sales = await _app.UserIdAsync("sales01");
        var manager = await _app.SignInAsync("mgr.east", "en");
        var review = DefaultActionTypes.IdOf(KeyActionType.ProfileReview).ToString();
        var url = $"/Goals/Contracts/Edit?userId={sales}&period=2027-Q1";
        Dictionary<string, string> Form(string quantity) => new()
        {
            ["Input.Version"] = "0", ["Input.Lines[0].ActionTypeId"] = review, ["Input.Lines[0].Quantity"] = quantity,
        };
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, Form("4"), url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, Form("6"), url)).StatusCode); // version 0 → 1

        var stale = await manager.PostFormAsync(url, Form("8"), url);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Given_a_salesperson_When_opening_a_colleague_s_contract_or_the_configuration_Then_404_and_403()
    {
        var client = await _app.SignInAsync("sales01");
        var colleague = await _app.UserIdAsync("sales02");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Goals/Contracts?userId={colleague}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Goals/Contracts/Edit?userId={colleague}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await DeniedAsync(client, "/Goals/Config/ActionTypes"));
        Assert.Equal(HttpStatusCode.Forbidden, await DeniedAsync(client, "/Goals/Contracts/Team"));
        Assert.Equal(HttpStatusCode.Forbidden, await DeniedAsync(client, "/Goals/Customers"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Goals/Contracts")).StatusCode);
    }

    /// <summary>A refused page answers 403 itself or redirects to the access-denied page, which answers 403.</summary>
    private static async Task<HttpStatusCode> DeniedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.Redirect ? (await client.GetAsync(response.Headers.Location)).StatusCode : response.StatusCode;
    }

    [Fact]
    public async Task Given_a_contract_met_by_an_event_When_the_event_is_redelivered_Then_the_person_and_manager_are_notified_once()
    {
        var sales = await _app.UserIdAsync("sales07");
        var week = GoalPeriod.Of(PeriodKind.Week, new LocalDate(2026, 11, 23));
        await ContractAsync(sales, week, new ContractLine(DefaultActionTypes.IdOf(KeyActionType.NewProspect), 1, LineSource.Target));
        var e = Events.FollowUpLogged(sales, objective: "EstablishContact");

        await _app.ConsumeAsync(e);
        await _app.ConsumeAsync(e);

        var notes = await _app.PublishedAsync("NotificationRequested");
        Assert.Single(notes, n => n.Contains("Contracts_Notify_Completed", StringComparison.Ordinal)
            && n.Contains(sales.ToString(), StringComparison.Ordinal));
        var manager = await _app.UserIdAsync("mgr.south");
        Assert.Single(notes, n => n.Contains("Contracts_Notify_TeamCompleted", StringComparison.Ordinal)
            && n.Contains(manager.ToString(), StringComparison.Ordinal) && n.Contains(week.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_past_visit_When_the_manager_marks_the_customer_key_Then_it_counts_as_a_key_visit_and_unmarking_undoes_it()
    {
        var sales = await _app.UserIdAsync("sales01");
        var customer = Guid.NewGuid();
        await _app.ConsumeAsync(Events.CustomerRegistered(customer, name: "宁波第一医院", ownerId: sales));
        var visit = Events.FollowUpLogged(sales, customerId: customer);
        await _app.ConsumeAsync(visit);
        var keyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);
        Task<bool> Counted() => _app.GoalsAsync(db => db.Matches.AnyAsync(m => m.FactId == visit.EventId && m.ActionTypeId == keyVisit));
        Assert.False(await Counted());
        var manager = await _app.SignInAsync("mgr.east", "en");

        var marked = await manager.HtmxPostAsync($"/Goals/Customers?handler=Mark&id={customer}", new() { ["key"] = "true" }, "/Goals/Customers");
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Contains("Marked key", await marked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await Counted());

        await manager.HtmxPostAsync($"/Goals/Customers?handler=Mark&id={customer}", new() { ["key"] = "false" }, "/Goals/Customers");
        Assert.False(await Counted());
    }

    [Fact]
    public async Task Given_another_team_s_customer_When_a_manager_marks_it_Then_404()
    {
        var customer = Guid.NewGuid();
        await _app.ConsumeAsync(Events.CustomerRegistered(customer, ownerId: await _app.UserIdAsync("sales08")));
        var manager = await _app.SignInAsync("mgr.east", "en");

        var response = await manager.HtmxPostAsync($"/Goals/Customers?handler=Mark&id={customer}", new() { ["key"] = "true" }, "/Goals/Customers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await _app.GoalsAsync(db => db.Customers.AnyAsync(c => c.Id == customer && c.MarkedKey)));
    }
}
