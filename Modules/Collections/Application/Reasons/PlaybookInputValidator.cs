using FluentValidation;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reasons;

/// <summary>Every filled row needs a text, a known role and due days 0–365; empty rows are ignored.</summary>
internal sealed class PlaybookInputValidator : AbstractValidator<PlaybookInput>
{
    public PlaybookInputValidator() =>
        RuleForEach(x => x.Steps).Where(s => !s.IsBlank).ChildRules(step =>
        {
            step.RuleFor(s => s.Text).NotEmpty().WithMessage("Playbook_Error_TextRequired");
            step.RuleFor(s => s.Text).MaximumLength(PlaybookStep.TextMaxLength).WithMessage("Playbook_Error_TextTooLong")
                .WithState(_ => new object[] { PlaybookStep.TextMaxLength });
            step.RuleFor(s => s.LinkOrTemplate).MaximumLength(PlaybookStep.LinkMaxLength).WithMessage("Playbook_Error_LinkTooLong")
                .WithState(_ => new object[] { PlaybookStep.LinkMaxLength });
            step.RuleFor(s => s.Role).Must(r => r is not null && PlaybookRoles.All.Contains(r)).WithMessage("Playbook_Error_RoleRequired");
            step.RuleFor(s => s.DueDays).InclusiveBetween(0, 365).WithMessage("Playbook_Error_DueDays");
        });
}
