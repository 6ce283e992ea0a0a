using System.Linq.Expressions;
using FluentValidation;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Config;

internal sealed class SettingsInputValidator : AbstractValidator<SettingsInput>
{
    public SettingsInputValidator()
    {
        InRange(x => x.ClaimWindowMinutes, LeadsSettings.ClaimWindowRange);
        InRange(x => x.MaxOpenClaims, LeadsSettings.MaxOpenClaimsRange);
        InRange(x => x.EscalationHours, LeadsSettings.EscalationHoursRange);
    }

    private void InRange(Expression<Func<SettingsInput, int>> field, SettingRange range) =>
        RuleFor(field).InclusiveBetween(range.Min, range.Max).WithMessage(range.Key).WithState(_ => new object[] { range.Min, range.Max });
}
