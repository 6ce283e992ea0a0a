using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>The same bank reference twice is one payment: refused by the check, and by the unique index when two people race.</summary>
public sealed class DuplicateReferenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static PaymentInput Input(Guid customerId, string reference) => new()
    {
        CustomerId = customerId, BankReference = reference, PaidOn = "2026-11-20", Amount = "100.00", Currency = "CNY",
    };

    [Fact]
    public async Task Given_a_recorded_reference_When_it_is_entered_again_with_other_spacing_and_case_Then_it_is_refused_saying_when()
    {
        var contract = await PaymentKit.ContractAsync(app);
        await PaymentKit.AsFinanceAsync(app, sp => sp.GetRequiredService<PaymentCommands>()
            .RecordAsync(Input(contract.CustomerId, "CMB 2026 0001"), null, CancellationToken.None));
        using var finance = await PaymentKit.SignInAsync(app, "finance");

        var response = await PaymentKit.PostPaymentAsync(finance, contract.CustomerId, PaymentKit.Form("cmb20260001", "100.00"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Input.BankReference\"[^>]*>银行流水号 CMB 2026 0001 已于 2026-11-23 09:00 登记。<", html);
        Assert.Single(await PaymentKit.PaymentsAsync(app, "CMB20260001"));
    }

    [Fact]
    public async Task Given_two_people_recording_the_same_reference_at_the_same_moment_Then_exactly_one_payment_exists_and_the_other_is_told_why()
    {
        var contract = await PaymentKit.ContractAsync(app, amounts: [1000m]);
        for (var round = 1; round <= 3; round++)
        {
            var reference = $"RACE-{round}-{Guid.NewGuid():N}"[..20];
            using var barrier = new Barrier(2);
            var attempts = Enumerable.Range(0, 2).Select(_ => Task.Run(() => PaymentKit.AsFinanceAsync(app, async sp =>
            {
                var commands = sp.GetRequiredService<PaymentCommands>();
                barrier.SignalAndWait();
                try
                {
                    await commands.RecordAsync(Input(contract.CustomerId, reference), null, CancellationToken.None);
                    return "recorded";
                }
                catch (DomainException refusal)
                {
                    return refusal.Key;
                }
            }))).ToList();

            var outcomes = await Task.WhenAll(attempts);

            Assert.Equal(["Payment_Error_DuplicateReference", "recorded"], outcomes.Order());
            var payment = Assert.Single(await PaymentKit.PaymentsAsync(app, reference));
            Assert.Equal(100m, Assert.Single(payment.Allocations).Amount);
        }
        Assert.Equal(300m, (await PaymentKit.MilestoneAsync(app, contract.Milestones[0])).PaidAmount);
    }
}
