using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>Contracts through the real host on SQLite: the list and export, the manual form, schedule changes, visibility.</summary>
public sealed class ContractPagesTests(ContractsAppFactory app) : IClassFixture<ContractsAppFactory>
{
    private const string NewUrl = "/Collections/Contracts/New";

    private Task<T> Db<T>(Func<CollectionsDbContext, Task<T>> query) =>
        app.InScopeAsync(sp => query(sp.GetRequiredService<CollectionsDbContext>()));

    private async Task<CustomerRegistered> CustomerAsync(string owner, string? name = null)
    {
        var registered = Events.CustomerRegistered(ownerId: await app.UserIdAsync(owner), name: name);
        await app.ConsumeAsync(registered);
        return registered;
    }

    private async Task<Contract> ContractAsync(string owner, Guid? customerId = null)
    {
        var accepted = Events.QuoteAccepted(ownerId: await app.UserIdAsync(owner), customerId: customerId, amount: 1000m, paymentSchedule:
        [
            new PaymentMilestone("首付款", 30m, 300m, new LocalDate(2026, 12, 1), null),
            new PaymentMilestone("到货款", 70m, 700m, null, 30),
        ]);
        await app.ConsumeAsync(accepted);
        return await Db(db => db.Contracts.AsNoTracking().Include(c => c.Milestones).SingleAsync(c => c.QuoteId == accepted.QuoteId));
    }

    private static Dictionary<string, string> ManualForm(string customer, string amount) => new()
    {
        ["Input.Customer"] = customer,
        ["Input.Amount"] = amount,
        ["Input.Currency"] = "CNY",
        ["Input.SignedOn"] = "2026-11-20",
        ["Input.Terms"] = "货到验收后三十日内付清",
        ["Input.Rows[0].Name"] = "首付款",
        ["Input.Rows[0].Percent"] = "33.33",
        ["Input.Rows[1].Name"] = "到货款",
        ["Input.Rows[1].Percent"] = "33.33",
        ["Input.Rows[1].DueDays"] = "30",
        ["Input.Rows[2].Name"] = "尾款",
        ["Input.Rows[2].Kind"] = MilestoneType.Acceptance,
        ["Input.Rows[2].Percent"] = "33.34",
        ["Input.Rows[2].DueDate"] = "2027-03-31",
    };

    [Fact]
    public async Task Given_Finance_When_entering_a_manual_contract_Then_it_is_saved_split_to_the_fen_and_ContractCreated_is_published()
    {
        var customer = await CustomerAsync("sales03");
        using var finance = await app.SignInAsync("finance", "en");

        var response = await finance.PostFormAsync(NewUrl, ManualForm(customer.Code.ToLowerInvariant(), "1000.01"), NewUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contract = await Db(db => db.Contracts.AsNoTracking().Include(c => c.Milestones).SingleAsync(c => c.CustomerId == customer.CustomerId));
        var schedule = contract.Milestones.OrderBy(m => m.Sequence).ToList();
        Assert.Equal((ContractSource.Manual, await app.UserIdAsync("sales03"), 1000.01m), (contract.Source, contract.OwnerId, contract.Amount));
        Assert.Equal(1000.01m, schedule.Sum(m => m.Amount));
        Assert.Equal([MilestoneType.Deposit, MilestoneType.Delivery, MilestoneType.Acceptance], schedule.Select(m => m.MilestoneType));
        Assert.Equal([null, new LocalDate(2026, 12, 20), new LocalDate(2027, 3, 31)], schedule.Select(m => m.DueDate));
        var created = await Db(db => db.Outbox.AsNoTracking().Where(o => o.Type.Contains(nameof(ContractCreated))).ToListAsync());
        Assert.Contains(created.Select(o => (ContractCreated)EventSerializer.Deserialize(o.Type, o.Payload)), e => e.ContractId == contract.Id);
        var page = await finance.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(contract.Number, page);
        Assert.Contains("货到验收后三十日内付清", page);
    }

    [Fact]
    public async Task Given_a_salesperson_When_opening_or_posting_the_manual_contract_form_Then_403_and_nothing_is_saved()
    {
        var customer = await CustomerAsync("sales01");
        using var sales = await app.SignInAsync("sales01");

        var form = await sales.GetAsync(NewUrl);
        var post = await sales.PostFormAsync(NewUrl, ManualForm(customer.Code, "1000"));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (form.StatusCode, post.StatusCode));
        Assert.False(await Db(db => db.Contracts.AnyAsync(c => c.CustomerId == customer.CustomerId)));
    }

    [Theory]
    [InlineData("en", "The contract amount must be above 0 with at most two decimals.")]
    [InlineData("zh-CN", "合同金额必须大于 0")]
    public async Task Given_an_amount_with_three_decimals_When_Finance_posts_Then_the_message_is_in_their_language_and_nothing_is_saved(
        string culture, string message)
    {
        var customer = await CustomerAsync("sales03");
        using var finance = await app.SignInAsync("finance", culture);

        var response = await finance.PostFormAsync(NewUrl, ManualForm(customer.Code, "1000.015"), NewUrl);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(await Db(db => db.Contracts.AnyAsync(c => c.CustomerId == customer.CustomerId)));
    }

    [Fact]
    public async Task Given_a_schedule_change_without_reason_Then_it_is_refused_and_with_one_the_reason_is_in_the_history()
    {
        var contract = await ContractAsync("sales01");
        var delivery = contract.Milestones.Single(m => m.Sequence == 2);
        using var finance = await app.SignInAsync("finance", "en");
        var page = $"/Collections/Contracts/Schedule?id={contract.Id}";
        Dictionary<string, string> Move(string reason) => new()
        {
            ["version"] = contract.Version.ToString(), ["milestoneId"] = delivery.Id.ToString(), ["dueDate"] = "2027-02-15", ["reason"] = reason,
        };

        var refused = await finance.PostFormAsync(page + "&handler=Move", Move("  "), page);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Enter the reason for the change.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(delivery.DueDate, await Db(db => db.Receivables.Where(r => r.Id == delivery.Id).Select(r => r.DueDate).SingleAsync()));
        Assert.False(await Db(db => db.ScheduleChanges.AnyAsync(c => c.ContractId == contract.Id)));

        var moved = await finance.PostFormAsync(page + "&handler=Move", Move("客户春节后付款，书面确认"), page);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(new LocalDate(2027, 2, 15), await Db(db => db.Receivables.Where(r => r.Id == delivery.Id).Select(r => r.DueDate).SingleAsync()));
        var detail = await finance.GetStringAsync($"/Collections/Contracts/Detail?id={contract.Id}");
        Assert.Contains("客户春节后付款，书面确认", detail);
        Assert.Contains("data-operation=\"Contract.MoveDueDate\"", detail);
    }

    [Fact]
    public async Task Given_a_stale_schedule_form_When_posted_Then_409_and_nothing_changes()
    {
        var contract = await ContractAsync("sales02");
        var deposit = contract.Milestones.Single(m => m.Sequence == 1);
        using var finance = await app.SignInAsync("finance", "en");
        var page = $"/Collections/Contracts/Schedule?id={contract.Id}";
        Dictionary<string, string> Split(string amount) => new()
        {
            ["version"] = contract.Version.ToString(), ["milestoneId"] = deposit.Id.ToString(), ["amount"] = amount,
            ["reason"] = "客户分两次付",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await finance.PostFormAsync(page + "&handler=Split", Split("100"), page)).StatusCode);

        var stale = await finance.PostFormAsync(page + "&handler=Split", Split("50"), page);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this record", await stale.Content.ReadAsStringAsync());
        var amounts = await Db(db =>
            db.Receivables.Where(r => r.ContractId == contract.Id).OrderBy(r => r.Sequence).Select(r => r.Amount).ToListAsync());
        Assert.Equal([200m, 100m, 700m], amounts);
        Assert.Equal(1, await Db(db => db.ScheduleChanges.CountAsync(c => c.ContractId == contract.Id)));
    }

    [Fact]
    public async Task Given_contracts_of_two_salespeople_When_one_opens_them_Then_their_own_is_shown_and_the_other_answers_404()
    {
        var own = await ContractAsync("sales05");
        var other = await ContractAsync("sales06");
        using var sales = await app.SignInAsync("sales05");

        var list = await sales.GetStringAsync("/Collections/Contracts");
        var ownPage = await sales.GetAsync($"/Collections/Contracts/Detail?id={own.Id}");
        var otherPage = await sales.GetAsync($"/Collections/Contracts/Detail?id={other.Id}");
        var otherMilestone = await sales.GetAsync($"/Collections/Receivables/Detail?id={other.Milestones[0].Id}");

        Assert.Contains(own.Number, list);
        Assert.DoesNotContain(other.Number, list);
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (otherPage.StatusCode, otherMilestone.StatusCode));
    }

    [Fact]
    public async Task Given_a_customer_name_that_looks_like_a_formula_When_the_list_is_exported_Then_Excel_gets_UTF8_with_BOM_and_no_formula()
    {
        var customer = await CustomerAsync("sales07", name: "=HYPERLINK(\"http://x\")宁波恒达");
        var contract = await ContractAsync("sales07", customer.CustomerId);
        using var finance = await app.SignInAsync("finance", "en");

        var response = await finance.GetAsync($"/Collections/Contracts?handler=Export&q={contract.Number}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains(contract.Number, text);
        Assert.Contains("'=HYPERLINK", text);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
