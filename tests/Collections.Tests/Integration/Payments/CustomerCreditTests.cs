using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>Over-payments stay as the customer's credit and pay the next milestone: when a contract appears, or on Finance's button.</summary>
public sealed class CustomerCreditTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<Guid> RecordAsync(Guid customerId, string amount, bool receipt = true) =>
        PaymentKit.AsFinanceAsync(app, sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(
            new PaymentInput
            {
                CustomerId = customerId, BankReference = "CR-" + Guid.NewGuid().ToString("N")[..10], PaidOn = "2026-11-20", Amount = amount,
            },
            receipt ? new ReceiptUpload("回单.png", PaymentKit.Png.Length, new MemoryStream(PaymentKit.Png)) : null,
            CancellationToken.None));

    [Fact]
    public async Task Given_an_over_payment_When_the_customers_next_contract_is_created_Then_the_credit_pays_its_first_milestone_once()
    {
        var first = await PaymentKit.ContractAsync(app);
        var paymentId = await RecordAsync(first.CustomerId, "1250.00");
        Assert.Equal(ReceivableStatus.Paid, (await PaymentKit.MilestoneAsync(app, first.Milestones[1])).Status);

        var next = await PaymentKit.ContractAsync(app, customerId: first.CustomerId, amounts: [200m, 800m]);
        await PaymentKit.DeliverContractCreatedAsync(app, next);
        await PaymentKit.DeliverContractCreatedAsync(app, next);

        var paid = await PaymentKit.MilestoneAsync(app, next.Milestones[0]);
        Assert.Equal((ReceivableStatus.Paid, 200m), (paid.Status, paid.PaidAmount));
        Assert.Equal(50m, (await PaymentKit.MilestoneAsync(app, next.Milestones[1])).PaidAmount);
        var recorded = (await PaymentKit.EventsAsync<PaymentRecorded>(app)).Where(e => e.PaymentId == paymentId).ToList();
        Assert.Equal(2, recorded.Count);
        Assert.Equal([200m, 50m], recorded.Single(e => e.Allocations.All(a => next.Milestones.Contains(a.MilestoneId)))
            .Allocations.Select(a => a.Amount));
        Assert.Single(await PaymentKit.EventsAsync<MilestonePaid>(app), e => e.MilestoneId == next.Milestones[0]);
    }

    [Fact]
    public async Task Given_credit_and_a_contract_not_yet_delivered_When_Finance_applies_it_on_the_payment_page_Then_the_open_milestones_take_it()
    {
        var first = await PaymentKit.ContractAsync(app, amounts: [100m]);
        var paymentId = await RecordAsync(first.CustomerId, "1000.00");
        var next = await PaymentKit.ContractAsync(app, customerId: first.CustomerId, amounts: [400m, 600m]);
        using var finance = await PaymentKit.SignInAsync(app, "finance", "en");
        var detail = $"/Collections/Payments/Detail?id={paymentId}";
        Assert.Contains("This customer has 900.00 of unallocated money (credit).", await finance.GetStringAsync(detail));

        var response = await finance.PostFormAsync(detail + "&handler=ApplyCredit", [], detail);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("900.00 of credit applied to open milestones.", await finance.GetStringAsync(detail));
        Assert.Equal([400m, 500m], [(await PaymentKit.MilestoneAsync(app, next.Milestones[0])).PaidAmount,
            (await PaymentKit.MilestoneAsync(app, next.Milestones[1])).PaidAmount]);
    }

    [Fact]
    public async Task Given_a_salesperson_When_applying_credit_Then_it_is_refused()
    {
        var contract = await PaymentKit.ContractAsync(app, owner: "sales03", amounts: [100m]);
        var paymentId = await RecordAsync(contract.CustomerId, "150.00");
        using var sales = await PaymentKit.SignInAsync(app, "sales03");
        var detail = $"/Collections/Payments/Detail?id={paymentId}";

        var response = await sales.PostFormAsync(detail + "&handler=ApplyCredit", [], detail);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }
}
