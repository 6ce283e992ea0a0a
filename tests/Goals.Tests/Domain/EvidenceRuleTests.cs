using NodaTime;
using SalesSuite.Goals.Application.ActionTypes;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Tests.Domain;

public sealed class EvidenceRuleTests
{
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid Customer = Guid.NewGuid();

    private static EvidenceFact FollowUp(string objective = "AdvanceSolution", int attachments = 0, Guid? actor = null, bool warning = false) =>
        new(Guid.NewGuid(), EvidenceCatalog.FollowUpLogged, Instant.FromUtc(2026, 11, 23, 2, 0), new LocalDate(2026, 11, 23), Owner, actor ?? Owner)
        {
            CustomerId = Customer, Value = objective, Attachments = attachments, Number = attachments, Flag = warning,
        };

    private static bool NotKey(Guid _) => false;

    [Fact]
    public void Given_an_objective_rule_When_a_follow_up_has_another_objective_Then_it_does_not_count()
    {
        var rule = new EvidenceRule(EvidenceCatalog.FollowUpLogged, Value: "EstablishContact");

        Assert.Equal(Owner, rule.Match(FollowUp("establishcontact"), NotKey));
        Assert.Null(rule.Match(FollowUp("AdvanceSolution"), NotKey));
    }

    [Fact]
    public void Given_a_rule_for_another_event_When_matched_Then_null() =>
        Assert.Null(new EvidenceRule(EvidenceCatalog.QuoteSubmitted).Match(FollowUp(), NotKey));

    [Fact]
    public void Given_required_attachments_When_the_follow_up_has_fewer_Then_it_does_not_count()
    {
        var rule = new EvidenceRule(EvidenceCatalog.FollowUpLogged, MinAttachments: 2);

        Assert.Null(rule.Match(FollowUp(attachments: 1), NotKey));
        Assert.Equal(Owner, rule.Match(FollowUp(attachments: 2), NotKey));
    }

    [Fact]
    public void Given_a_minimum_number_When_below_Then_it_does_not_count()
    {
        var rule = new EvidenceRule(EvidenceCatalog.FollowUpLogged, MinNumber: 3);

        Assert.Null(rule.Match(FollowUp(attachments: 2), NotKey));
        Assert.Equal(Owner, rule.Match(FollowUp(attachments: 3), NotKey));
    }

    [Fact]
    public void Given_a_flag_condition_When_the_flag_differs_Then_it_does_not_count()
    {
        var rule = new EvidenceRule(EvidenceCatalog.FollowUpLogged, Flag: false);

        Assert.Null(rule.Match(FollowUp(warning: true), NotKey));
        Assert.Equal(Owner, rule.Match(FollowUp(warning: false), NotKey));
    }

    [Fact]
    public void Given_key_customers_only_When_the_customer_is_not_key_Then_it_does_not_count()
    {
        var rule = new EvidenceRule(EvidenceCatalog.FollowUpLogged, KeyCustomersOnly: true);

        Assert.Null(rule.Match(FollowUp(), NotKey));
        Assert.Equal(Owner, rule.Match(FollowUp(), c => c == Customer));
    }

    [Fact]
    public void Given_credit_to_actor_and_actor_not_owner_When_the_manager_acts_Then_it_counts_for_the_manager_only()
    {
        var rule = new EvidenceRule(EvidenceCatalog.FollowUpLogged, CreditTo: CreditTo.Actor, ActorNotOwner: true);

        Assert.Equal(Manager, rule.Match(FollowUp(actor: Manager), NotKey));
        Assert.Null(rule.Match(FollowUp(actor: Owner), NotKey));
    }

    [Theory]
    [InlineData("Bogus", null, "Evidence_Error_UnknownEvent")]
    [InlineData(EvidenceCatalog.FollowUpLogged, "Dancing", "Evidence_Error_UnknownValue")]
    [InlineData(EvidenceCatalog.QuoteSubmitted, "x", "Evidence_Error_NoValue")]
    public void Given_a_rule_the_catalogue_refuses_When_validated_Then_a_keyed_refusal(string eventType, string? value, string key)
    {
        var refusal = Assert.Throws<SalesSuite.SharedKernel.Domain.DomainException>(() => new EvidenceRule(eventType, value).Validated());

        Assert.Equal(key, refusal.Key);
    }

    [Fact]
    public void Given_a_full_rule_When_described_Then_every_condition_is_in_words()
    {
        var rule = new EvidenceRule(EvidenceCatalog.FollowUpLogged, Value: "EstablishContact", MinAttachments: 1, KeyCustomersOnly: true);

        var text = EvidenceRuleText.Describe(rule, (key, args) => args.Length == 0 ? key : $"{key}({string.Join("|", args)})");

        Assert.Equal(
            "Evidence_Text_Sentence(Evidence_Event_FollowUpLogged|Evidence_Text_Value(Evidence_Value_Objective|Evidence_Objective_EstablishContact)"
            + "Evidence_Text_SeparatorEvidence_Text_KeyCustomersEvidence_Text_SeparatorEvidence_Text_Attachments(1)"
            + "Evidence_Text_SeparatorEvidence_Text_CreditOwner)", text);
    }

    [Fact]
    public void Given_a_coaching_rule_When_described_in_english_like_texts_Then_it_reads_as_a_sentence()
    {
        var texts = new Dictionary<string, string>
        {
            ["Evidence_Text_Sentence"] = "{0} {1}", ["Evidence_Text_Separator"] = ", ", ["Evidence_Event_DealStageChanged"] = "A deal moved",
            ["Evidence_Text_ActorNotOwner"] = "by someone else", ["Evidence_Text_CreditActor"] = "credited to the actor",
        };
        var rule = new EvidenceRule(EvidenceCatalog.DealStageChanged, CreditTo: CreditTo.Actor, ActorNotOwner: true);

        var text = EvidenceRuleText.Describe(rule, (key, args) => string.Format(texts[key], args));

        Assert.Equal("A deal moved by someone else, credited to the actor", text);
    }

    [Fact]
    public void Given_a_contract_with_a_target_line_When_commitments_are_set_Then_the_target_line_stays()
    {
        var contract = new ActionContract(Guid.NewGuid(), Owner, GoalPeriod.Of(PeriodKind.Quarter, new LocalDate(2026, 11, 23)), Instant.MinValue);
        var visit = Guid.NewGuid();
        var meeting = Guid.NewGuid();
        contract.SetLines([new ContractLine(visit, 12, LineSource.Target, Guid.NewGuid())]);

        contract.SetCommitments([new ContractLine(meeting, 2, LineSource.Target)]);

        Assert.Equal(12, contract.Owed()[visit]);
        Assert.Equal(LineSource.Commitment, contract.Lines.Single(l => l.ActionTypeId == meeting).Source);
    }
}
