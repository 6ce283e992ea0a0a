using System.Net;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>A reversal with a reason gives the money back to its milestones; the payment stays, struck through.</summary>
public sealed class ReversalTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(TestContract Contract, Guid PaymentId, HttpClient Finance)> PaidAsync(string culture = "zh-CN")
    {
        var contract = await PaymentKit.ContractAsync(app);
        var finance = await PaymentKit.SignInAsync(app, "finance", culture);
        var reference = "REV-" + Guid.NewGuid().ToString("N")[..8];
        var id = PaymentKit.PaymentIdFrom(await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, PaymentKit.Form(reference, "300.00"),
            PaymentKit.Png));
        Assert.Equal(ReceivableStatus.Paid, (await PaymentKit.MilestoneAsync(app, contract.Milestones[0])).Status);
        return (contract, id, finance);
    }

    private async Task<HttpResponseMessage> ReverseAsync(HttpClient client, Guid paymentId, string reason)
    {
        var version = (await PaymentKit.PaymentsAsync(app, await ReferenceOf(paymentId))).Single().Version;
        return await client.PostFormAsync($"/Collections/Payments/Detail?id={paymentId}&handler=Reverse",
            new() { ["version"] = version.ToString(), ["reason"] = reason }, $"/Collections/Payments/Detail?id={paymentId}");
    }

    private async Task<string> ReferenceOf(Guid paymentId) =>
        (await PaymentKit.EventsAsync<PaymentRecorded>(app)).First(e => e.PaymentId == paymentId).BankReference;

    [Fact]
    public async Task Given_a_paid_milestone_When_its_payment_is_reversed_with_a_reason_Then_it_is_open_again_and_PaymentReversed_is_published()
    {
        var (contract, paymentId, finance) = await PaidAsync();
        using var _ = finance;

        var response = await ReverseAsync(finance, paymentId, "银行退票");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var milestone = await PaymentKit.MilestoneAsync(app, contract.Milestones[0]);
        Assert.Equal((ReceivableStatus.Open, 0m), (milestone.Status, milestone.PaidAmount));
        Assert.Null(milestone.PaidOn);
        var reversed = Assert.Single(await PaymentKit.EventsAsync<PaymentReversed>(app), e => e.PaymentId == paymentId);
        Assert.Equal(("银行退票", 300m), (reversed.Reason, reversed.Amount));
        Assert.Equal(contract.Milestones[0], Assert.Single(reversed.Allocations).MilestoneId);
        var payment = Assert.Single(await PaymentKit.PaymentsAsync(app, reversed.BankReference));
        Assert.Equal((PaymentStatus.Reversed, "银行退票"), (payment.Status, payment.ReversalReason));
        Assert.All(payment.Allocations, a => Assert.NotNull(a.ReversedAt));
        var page = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Collections/Payments/Detail?id={paymentId}"));
        Assert.Contains($"<del>{reversed.BankReference}</del>", page);
        Assert.Contains("银行退票", page);
        Assert.DoesNotContain("data-testid=\"payment-reverse\"", page);
        var list = await finance.GetStringAsync("/Collections/Payments?Filter.Status=Reversed");
        Assert.Contains($"data-reference=\"{reversed.BankReference}\" data-status=\"Reversed\"", list);
    }

    [Theory]
    [InlineData("en", "Enter the reason for the reversal.")]
    [InlineData("zh-CN", "请填写冲销原因。")]
    public async Task Given_no_reason_When_reversing_Then_it_is_refused_next_to_the_reason_and_nothing_changes(string culture, string message)
    {
        var (contract, paymentId, finance) = await PaidAsync(culture);
        using var _ = finance;

        var response = await ReverseAsync(finance, paymentId, "  ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"reason\"[^>]*>{message}<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(ReceivableStatus.Paid, (await PaymentKit.MilestoneAsync(app, contract.Milestones[0])).Status);
        Assert.DoesNotContain(await PaymentKit.EventsAsync<PaymentReversed>(app), e => e.PaymentId == paymentId);
    }

    [Fact]
    public async Task Given_a_stale_form_When_reversing_Then_nothing_changes_and_the_page_says_someone_else_changed_it()
    {
        var (contract, paymentId, finance) = await PaidAsync("en");
        using var _ = finance;

        var response = await finance.PostFormAsync($"/Collections/Payments/Detail?id={paymentId}&handler=Reverse",
            new() { ["version"] = "99", ["reason"] = "银行退票" }, $"/Collections/Payments/Detail?id={paymentId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Someone else changed this record", await finance.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(ReceivableStatus.Paid, (await PaymentKit.MilestoneAsync(app, contract.Milestones[0])).Status);
    }
}
