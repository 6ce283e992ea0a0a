using FluentValidation;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Settings;

internal sealed class SettingsInputValidator : AbstractValidator<SettingsInput>
{
    public SettingsInputValidator()
    {
        RuleFor(x => x.ReportEscalationHours)
            .InclusiveBetween(CollectionsSettings.MinHours, CollectionsSettings.MaxHours).WithMessage("Settings_Error_Hours")
            .WithState(_ => new object[] { CollectionsSettings.MinHours, CollectionsSettings.MaxHours });
        RuleFor(x => x.UntaggedEscalationDays)
            .InclusiveBetween(CollectionsSettings.MinDays, CollectionsSettings.MaxDays).WithMessage("Settings_Error_Days")
            .WithState(_ => new object[] { CollectionsSettings.MinDays, CollectionsSettings.MaxDays });
        RuleFor(x => x.ReportEscalationRole).Must(r => r is not null && Roles.All.Contains(r)).WithMessage("Settings_Error_Role");
        RuleForEach(x => x.ReceiptRequiredTypes).Must(MilestoneType.IsKnown).WithMessage("Contract_Error_Kind");
    }
}
