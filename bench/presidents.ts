/**
 * Real persons the State of the Union addresses name: the presidents, by the
 * forms the speeches use. Surnames shared with places or other presidents
 * (Washington, Adams, Johnson, Harrison, Roosevelt, Bush) are left to the full names.
 */
export interface Person {
  name: string;
  aliases: string[];
  born?: string;
  died?: string;
}

const p = (name: string, born: string, died: string | undefined, ...aliases: string[]): Person => ({
  name,
  aliases: [name, ...aliases],
  born,
  ...(died ? { died } : {}),
});

export const PRESIDENTS: Person[] = [
  p('George Washington', '1732-02-22', '1799-12-14', 'President Washington', 'General Washington'),
  p('John Adams', '1735-10-30', '1826-07-04'),
  p('Thomas Jefferson', '1743-04-13', '1826-07-04', 'Jefferson', 'Mr. Jefferson'),
  p('James Madison', '1751-03-16', '1836-06-28', 'Madison'),
  p('James Monroe', '1758-04-28', '1831-07-04', 'Monroe'),
  p('John Quincy Adams', '1767-07-11', '1848-02-23'),
  p('Andrew Jackson', '1767-03-15', '1845-06-08', 'General Jackson'),
  p('Martin Van Buren', '1782-12-05', '1862-07-24', 'Van Buren'),
  p('William Henry Harrison', '1773-02-09', '1841-04-04'),
  p('John Tyler', '1790-03-29', '1862-01-18', 'Tyler'),
  p('James K. Polk', '1795-11-02', '1849-06-15', 'Polk'),
  p('Zachary Taylor', '1784-11-24', '1850-07-09', 'General Taylor'),
  p('Millard Fillmore', '1800-01-07', '1874-03-08', 'Fillmore'),
  p('Franklin Pierce', '1804-11-23', '1869-10-08'),
  p('James Buchanan', '1791-04-23', '1868-06-01', 'Buchanan'),
  p('Abraham Lincoln', '1809-02-12', '1865-04-15', 'Lincoln', 'President Lincoln'),
  p('Andrew Johnson', '1808-12-29', '1875-07-31'),
  p('Ulysses S. Grant', '1822-04-27', '1885-07-23', 'General Grant'),
  p('Rutherford B. Hayes', '1822-10-04', '1893-01-17', 'Hayes'),
  p('James A. Garfield', '1831-11-19', '1881-09-19', 'Garfield', 'President Garfield'),
  p('Chester A. Arthur', '1829-10-05', '1886-11-18'),
  p('Grover Cleveland', '1837-03-18', '1908-06-24', 'Cleveland'),
  p('Benjamin Harrison', '1833-08-20', '1901-03-13'),
  p('William McKinley', '1843-01-29', '1901-09-14', 'McKinley', 'President McKinley'),
  p('Theodore Roosevelt', '1858-10-27', '1919-01-06'),
  p('William Howard Taft', '1857-09-15', '1930-03-08', 'Taft'),
  p('Woodrow Wilson', '1856-12-28', '1924-02-03', 'President Wilson'),
  p('Warren G. Harding', '1865-11-02', '1923-08-02', 'Harding'),
  p('Calvin Coolidge', '1872-07-04', '1933-01-05', 'Coolidge'),
  p('Herbert Hoover', '1874-08-10', '1964-10-20', 'Hoover'),
  p('Franklin D. Roosevelt', '1882-01-30', '1945-04-12', 'Franklin Roosevelt', 'President Roosevelt'),
  p('Harry S. Truman', '1884-05-08', '1972-12-26', 'Truman', 'Harry Truman'),
  p('Dwight D. Eisenhower', '1890-10-14', '1969-03-28', 'Eisenhower', 'General Eisenhower'),
  p('John F. Kennedy', '1917-05-29', '1963-11-22', 'Kennedy', 'President Kennedy'),
  p('Lyndon B. Johnson', '1908-08-27', '1973-01-22', 'Lyndon Johnson'),
  p('Richard Nixon', '1913-01-09', '1994-04-22', 'Nixon', 'Richard M. Nixon'),
  p('Gerald R. Ford', '1913-07-14', '2006-12-26', 'Gerald Ford'),
  p('Jimmy Carter', '1924-10-01', '2024-12-29'),
  p('Ronald Reagan', '1911-02-06', '2004-06-05', 'Reagan'),
  p('George H. W. Bush', '1924-06-12', '2018-11-30'),
  p('Bill Clinton', '1946-08-19', undefined, 'Clinton', 'William J. Clinton'),
  p('George W. Bush', '1946-07-06', undefined),
  p('Barack Obama', '1961-08-04', undefined, 'Obama'),
  p('Donald Trump', '1946-06-14', undefined, 'Donald J. Trump'),
  p('Joseph R. Biden', '1942-11-20', undefined, 'Joe Biden', 'Biden'),
  p('Martin Luther King', '1929-01-15', '1968-04-04', 'Martin Luther King, Jr.', 'Dr. King'),
  p('Marquis de Lafayette', '1757-09-06', '1834-05-20', 'Lafayette', 'General Lafayette'),
  p('Napoleon Bonaparte', '1769-08-15', '1821-05-05', 'Napoleon'),
  p('Adolf Hitler', '1889-04-20', '1945-04-30', 'Hitler'),
  p('Joseph Stalin', '1878-12-18', '1953-03-05', 'Stalin'),
  p('Nikita Khrushchev', '1894-04-15', '1971-09-11', 'Khrushchev'),
  p('Mikhail Gorbachev', '1931-03-02', '2022-08-30', 'Gorbachev'),
  p('Saddam Hussein', '1937-04-28', '2006-12-30', 'Saddam'),
  p('Osama bin Laden', '1957-03-10', '2011-05-02', 'bin Laden'),
];
