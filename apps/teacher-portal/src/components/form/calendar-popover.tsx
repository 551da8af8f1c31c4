import { Button, Calendar, CalendarCell, CalendarGrid, Dialog, Heading, Popover } from 'react-aria-components';

/**
 * The month a `DateInput`'s button opens: arrow keys move by day and week, Page Up/Down by month, Enter
 * picks; the month's name, the weekdays and the first day of the week are the school's region's (the
 * field's `I18nProvider`). The buttons' names ("Previous", "Next") come from React Aria, translated.
 */
export function CalendarPopover() {
  return (
    <Popover className="calendar-popover" placement="bottom start">
      <Dialog className="calendar-dialog">
        <Calendar className="calendar">
          <header className="calendar-header">
            <Button slot="previous" className="calendar-nav">
              <span aria-hidden="true">‹</span>
            </Button>
            <Heading className="calendar-heading" />
            <Button slot="next" className="calendar-nav">
              <span aria-hidden="true">›</span>
            </Button>
          </header>
          <CalendarGrid className="calendar-grid">
            {(date) => <CalendarCell date={date} className="calendar-cell" />}
          </CalendarGrid>
        </Calendar>
      </Dialog>
    </Popover>
  );
}
