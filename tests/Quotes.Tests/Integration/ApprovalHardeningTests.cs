using System.Text.RegularExpressions;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>Approvers decide what they reviewed; over-long comments are refused; only approved versions print as official.</summary>
public sealed class ApprovalHardeningTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private async Task<Guid> SubmittedAsync(string owner)
    {
        var deal = await OpenDealAsync(factory, owner);
        var sales = await factory.SignInAsync(owner);
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 2, 0m));
        await SubmitAsync(sales, id);
        return id;
    }

    private static Dictionary<string, string> Form(string html, bool approve, string comment = "")
    {
        string Hidden(string name) => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;
        return new() { ["stepId"] = Hidden("stepId"), ["version"] = Hidden("version"), ["approve"] = approve ? "true" : "false",
            ["comment"] = comment, ["customDevelopment"] = "false" };
    }

    [Fact]
    public async Task Given_an_approver_form_for_a_step_already_decided_Then_the_decision_is_stale_and_nothing_is_decided()
    {
        var id = await SubmittedAsync("sales02");
        var details = $"/Quotes/Details/{id}";
        var tech = await factory.SignInAsync("tech");
        var techForm = Form(await tech.GetStringAsync(details), approve: true);
        Assert.NotEqual(string.Empty, techForm["stepId"]);
        await tech.PostFormAsync($"{details}?handler=Decide", new(techForm), details);

        // Finance posts a form carrying the Tech step it saw before: stale, Finance's step stays undecided.
        var finance = await factory.SignInAsync("finance");
        var stale = await finance.PostFormAsync($"{details}?handler=Decide", new(techForm), details);
        Assert.Contains("他人已修改", await FlashAsync(finance, stale));
        var wrongVersion = Form(await finance.GetStringAsync(details), approve: false, comment: "x");
        wrongVersion["version"] = "V0";
        var staleVersion = await finance.PostFormAsync($"{details}?handler=Decide", wrongVersion, details);
        Assert.Contains("他人已修改", await FlashAsync(finance, staleVersion));
        var quote = await QuoteAsync(factory, id);
        Assert.Equal(StepKind.Finance, quote.ActiveStep!.Kind);
        Assert.Null(quote.ActiveStep.DeciderId);
        Assert.Equal(QuoteStatus.InApproval, quote.Status);
    }

    [Fact]
    public async Task Given_a_too_long_approval_comment_Then_it_is_refused_with_a_message_and_nothing_is_saved()
    {
        var id = await SubmittedAsync("sales03");
        var details = $"/Quotes/Details/{id}";
        var tech = await factory.SignInAsync("tech");
        var before = (await OutboxAsync(factory, "QuoteStepDecided")).Count;

        var form = Form(await tech.GetStringAsync(details), approve: true, comment: new string('长', 1001));
        var refused = await FlashAsync(tech, await tech.PostFormAsync($"{details}?handler=Decide", form, details));

        Assert.Contains("意见：最多 1000 个字符", refused);
        var quote = await QuoteAsync(factory, id);
        Assert.Equal(StepKind.Tech, quote.ActiveStep!.Kind);
        Assert.Null(quote.ActiveStep.Comment);
        Assert.Equal(before, (await OutboxAsync(factory, "QuoteStepDecided")).Count);
    }

    [Fact]
    public async Task Given_a_quote_in_approval_or_rejected_Then_the_print_is_watermarked_draft_and_an_approved_one_is_not()
    {
        var id = await SubmittedAsync("sales02");
        var sales = await factory.SignInAsync("sales02");
        Assert.Contains("data-testid=\"print-draft\"", await sales.GetStringAsync($"/Quotes/Print/{id}"));

        await DecideAsync(await factory.SignInAsync("tech"), id, approve: false, comment: "型号需确认");
        Assert.Equal(QuoteStatus.Rejected, (await QuoteAsync(factory, id)).Status);
        var rejected = await sales.GetStringAsync($"/Quotes/Print/{id}");
        Assert.Contains("data-testid=\"print-draft\"", rejected);
        Assert.Contains("DRAFT", rejected);

        var approved = await ApprovedAsync(factory, "sales02", ("MD-PUMP-50", 1, 0m));
        Assert.DoesNotContain("print-draft", await sales.GetStringAsync($"/Quotes/Print/{approved}"));
    }
}
