using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>Finance records payments through the form (real host, real SQLite): allocation, receipt, events, bad input.</summary>
public sealed partial class RecordPaymentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Reference() => "BR-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>The message rendered next to a field (its data-testid), decoded.</summary>
    private static string MessageAt(string html, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>([^<]*)<").Groups[1].Value).Trim();

    [Fact]
    public async Task Given_a_payment_with_a_receipt_When_Finance_records_it_Then_the_milestone_is_paid_and_both_events_are_in_the_outbox()
    {
        var contract = await PaymentKit.ContractAsync(app);
        using var finance = await PaymentKit.SignInAsync(app, "finance");
        var reference = Reference();

        var response = await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, PaymentKit.Form(reference, "300.00"), PaymentKit.Png);

        var paymentId = PaymentKit.PaymentIdFrom(response);
        var first = await PaymentKit.MilestoneAsync(app, contract.Milestones[0]);
        Assert.Equal((ReceivableStatus.Paid, 300m, new LocalDate(2026, 11, 20)), (first.Status, first.PaidAmount, first.PaidOn));
        Assert.NotNull(first.ReceiptId);
        Assert.Equal((ReceivableStatus.Open, 0m), await StatusOf(contract.Milestones[1]));
        var paid = Assert.Single(await PaymentKit.EventsAsync<MilestonePaid>(app), e => e.MilestoneId == contract.Milestones[0]);
        Assert.Equal((300m, 0), (paid.Amount, paid.DaysLate));
        var recorded = Assert.Single(await PaymentKit.EventsAsync<PaymentRecorded>(app), e => e.PaymentId == paymentId);
        Assert.Equal((reference, 300m, contract.CustomerId), (recorded.BankReference, recorded.Amount, recorded.CustomerId));
        var allocation = Assert.Single(recorded.Allocations);
        Assert.Equal((contract.Milestones[0], 300m, contract.Accepted.DealId), (allocation.MilestoneId, allocation.Amount, allocation.DealId));
        var page = await finance.GetStringAsync($"/Collections/Payments/Detail?id={paymentId}");
        Assert.Contains("data-status=\"Paid\"", page);
        Assert.Contains("已回款", page);
        var receipt = await finance.GetAsync($"/Collections/Payments/Detail?id={paymentId}&handler=Receipt");
        Assert.Equal("image/png", receipt.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PaymentKit.Png, await receipt.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Given_no_receipt_When_the_money_covers_the_milestone_Then_it_awaits_the_receipt_until_one_is_attached()
    {
        var contract = await PaymentKit.ContractAsync(app);
        using var finance = await PaymentKit.SignInAsync(app, "finance");

        var paymentId = PaymentKit.PaymentIdFrom(
            await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, PaymentKit.Form(Reference(), "300.00")));
        Assert.Equal((ReceivableStatus.AwaitingReceipt, 300m), await StatusOf(contract.Milestones[0]));

        var detail = await finance.GetStringAsync($"/Collections/Payments/Detail?id={paymentId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignedInClient.AntiforgeryToken(detail)), "__RequestVerificationToken" },
            { new StringContent(Regex.Match(detail, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value), "version" },
            { new ByteArrayContent(PaymentKit.Png), "receipt", "回单.png" },
        };
        var attached = await finance.PostAsync($"/Collections/Payments/Detail?id={paymentId}&handler=AttachReceipt", content);

        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        Assert.Equal((ReceivableStatus.Paid, 300m), await StatusOf(contract.Milestones[0]));
        Assert.Single(await PaymentKit.EventsAsync<MilestonePaid>(app), e => e.MilestoneId == contract.Milestones[0]);
    }

    [Theory]
    [InlineData("en", "10.001", "The amount must be above 0 with at most two decimals.")]
    [InlineData("zh-CN", "10.001", "金额必须大于 0，最多两位小数。")]
    [InlineData("en", "0", "The amount must be above 0 with at most two decimals.")]
    [InlineData("zh-CN", "-5", "金额必须大于 0，最多两位小数。")]
    public async Task Given_an_amount_that_is_not_positive_whole_fen_When_posted_Then_the_message_is_next_to_the_amount_and_nothing_is_saved(
        string culture, string amount, string message)
    {
        var contract = await PaymentKit.ContractAsync(app);
        using var finance = await PaymentKit.SignInAsync(app, "finance", culture);
        var reference = Reference();

        var response = await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, PaymentKit.Form(reference, amount), PaymentKit.Png);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, MessageAt(await response.Content.ReadAsStringAsync(), "payment-amount-error"));
        Assert.Empty(await PaymentKit.PaymentsAsync(app, reference));
        Assert.Equal((ReceivableStatus.Open, 0m), await StatusOf(contract.Milestones[0]));
    }

    [Theory]
    [InlineData("en", "The payment is in USD but the contract is in CNY.")]
    [InlineData("zh-CN", "回款币种为 USD，合同币种为 CNY，不一致。")]
    public async Task Given_a_payment_in_another_currency_than_the_contract_Then_it_is_refused_next_to_the_currency(string culture, string message)
    {
        var contract = await PaymentKit.ContractAsync(app);
        using var finance = await PaymentKit.SignInAsync(app, "finance", culture);
        var reference = Reference();

        var response = await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, PaymentKit.Form(reference, "300.00", currency: "USD"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, MessageAt(await response.Content.ReadAsStringAsync(), "payment-currency-error"));
        Assert.Empty(await PaymentKit.PaymentsAsync(app, reference));
    }

    [Fact]
    public async Task Given_by_hand_lines_When_the_second_is_beyond_its_milestone_Then_the_line_shows_why_and_nothing_is_saved()
    {
        var contract = await PaymentKit.ContractAsync(app);
        using var finance = await PaymentKit.SignInAsync(app, "finance", "en");
        var reference = Reference();
        var form = PaymentKit.Form(reference, "1000.00");
        form["Input.Mode"] = "ByHand";
        form["Input.Lines[0].ReceivableId"] = contract.Milestones[0].ToString();
        form["Input.Lines[0].Amount"] = "100";
        form["Input.Lines[1].ReceivableId"] = contract.Milestones[1].ToString();
        form["Input.Lines[1].Amount"] = "700.01";

        var response = await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, form, PaymentKit.Png);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("More than is outstanding on this milestone (700", MessageAt(html, "payment-line-error"));
        Assert.Empty(await PaymentKit.PaymentsAsync(app, reference));
        Assert.Equal((ReceivableStatus.Open, 0m), await StatusOf(contract.Milestones[0]));
    }

    [Fact]
    public async Task Given_a_partial_by_hand_payment_Then_the_milestone_stays_open_and_the_rest_is_credit()
    {
        var contract = await PaymentKit.ContractAsync(app);
        using var finance = await PaymentKit.SignInAsync(app, "finance");
        var form = PaymentKit.Form(Reference(), "500.00");
        form["Input.Mode"] = "ByHand";
        form["Input.Lines[0].ReceivableId"] = contract.Milestones[1].ToString();
        form["Input.Lines[0].Amount"] = "400";

        var paymentId = PaymentKit.PaymentIdFrom(await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, form, PaymentKit.Png));

        Assert.Equal((ReceivableStatus.Open, 0m), await StatusOf(contract.Milestones[0]));
        Assert.Equal((ReceivableStatus.Open, 400m), await StatusOf(contract.Milestones[1]));
        var detail = await finance.GetStringAsync($"/Collections/Payments/Detail?id={paymentId}");
        Assert.Equal("100.00", MessageAt(detail, "payment-unallocated"));
        Assert.Contains("data-testid=\"payment-apply-credit\"", detail);
        var list = await finance.GetStringAsync($"/Collections/Payments?Filter.CustomerId={contract.CustomerId}&Filter.Unallocated=true");
        Assert.Equal(("1", "500.00", "100.00"),
            (MessageAt(list, "payment-count"), MessageAt(list, "payment-total"), MessageAt(list, "payment-total-credit")));
    }

    [Fact]
    public async Task Given_a_milestone_When_its_record_payment_link_is_opened_Then_the_form_starts_by_hand_with_its_outstanding_amount()
    {
        var contract = await PaymentKit.ContractAsync(app);
        using var finance = await PaymentKit.SignInAsync(app, "finance");

        var html = await finance.GetStringAsync($"/Collections/Payments/New?receivableId={contract.Milestones[1]}");

        Assert.Contains($"<option value=\"{contract.CustomerId}\" selected=\"selected\"", html);
        Assert.Matches("value=\"ByHand\" checked=\"checked\"", html);
        Assert.Contains($"name=\"Input.Lines[1].ReceivableId\" value=\"{contract.Milestones[1]}\"", html);
        Assert.Contains("name=\"Input.Lines[1].Amount\" value=\"700.00\"", html);
    }

    private async Task<(ReceivableStatus, decimal)> StatusOf(Guid milestoneId)
    {
        var milestone = await PaymentKit.MilestoneAsync(app, milestoneId);
        return (milestone.Status, milestone.PaidAmount);
    }
}
